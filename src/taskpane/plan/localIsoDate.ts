/** Today as yyyy-mm-dd in the officer's own time zone (stamps and "date in the future" checks use it). */
export function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
