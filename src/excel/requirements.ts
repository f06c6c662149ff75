import type { PlatformSupport } from '../core/ports/workbookPort';

/**
 * What the running Excel supports, asked at run time: data validation needs ExcelApi 1.8 and page
 * layout 1.9, and Excel 2016/2019 or an old Mac build may lack them. The pane uses the list to say
 * which feature is missing instead of failing half-way through a render.
 */
export const REQUIRED_SETS: readonly { readonly name: string; readonly version: string }[] = [{ name: 'ExcelApi', version: '1.9' }];

interface OfficeLike {
  readonly context?: { readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** `Office` if the CDN script ran, read off globalThis so a missing script is a value, not a ReferenceError. */
export function officeGlobal(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

export function checkPlatformSupport(): PlatformSupport {
  const requirements = officeGlobal()?.context?.requirements;
  if (!requirements) return { officeLoaded: false, missingSets: REQUIRED_SETS.map((s) => `${s.name} ${s.version}`) };
  const missingSets = REQUIRED_SETS.filter((s) => !requirements.isSetSupported(s.name, s.version)).map((s) => `${s.name} ${s.version}`);
  return { officeLoaded: true, missingSets };
}
