/**
 * Excel's own errors (OfficeExtension.Error) carry a string `code` from Excel.ErrorCodes, e.g.
 * "AccessDenied" on a protected sheet or "InvalidOperationInCellEditMode" while the officer is typing
 * in a cell ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' ? code : undefined;
}
