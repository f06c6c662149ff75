/**
 * Errors the host raises, shaped like OfficeExtension.Error (a `code` plus a message) so adapter
 * code that inspects `error.code` behaves the same against the host and against Excel.
 */
export type HostErrorCode =
  | 'PropertyNotLoaded'
  | 'AccessDenied'
  | 'InvalidOperationInCellEditMode'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function notLoaded(property: string, typeName: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available on ${typeName}. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(message: string): HostError {
  return new HostError('InvalidArgument', message);
}
