import { returnCopyName as copyName } from '../../../../core/review/returnCopyName';

/**
 * "<name> (cần sửa).xlsx", as `cchc consolidate --return-dir` names its copies, by the same rule
 * (core/review/returnCopyName: a copy the unit sent back is not suffixed again). A file picked with its
 * folder ("Xã A/bao-cao.xlsx") gives "Xã A - bao-cao (cần sửa).xlsx": a download's name cannot hold a
 * folder (Chromium and WebView2 put "_" for "/", so the name the pane says would not be the file's),
 * and the folder keeps two units' "bao-cao.xlsx" apart in Downloads. Loaded with the copy, not with the pane
 * (downloadFile is in the first load, for reports).
 */
export function returnCopyName(file: string, suffix: string): string {
  const stem = file
    .replace(/\.[^./\\]*$/, '')
    .split(/[\\/]+/)
    .filter((part) => part !== '')
    .join(' - ');
  return copyName(stem, suffix);
}
