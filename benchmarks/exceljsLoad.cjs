// exceljs merely loading the given .xlsx files, one after another, in a process of its own, as the CLI
// runs: issue 11's "exceljs's plain load of the same files", measured cold like `cchc consolidate --json`
// (a fresh Node, exceljs required, each file read and `workbook.xlsx.load`ed, nothing else).
//
//   node [-r benchmarks/support.cjs] benchmarks/exceljsLoad.cjs FILE...
//
// sideBySide.cjs spawns it through support.cjs's runCli, which reports the process's CPU and peak RSS.
const fs = require('node:fs');
const ExcelJS = require('exceljs');

async function main() {
  let sheets = 0;
  for (const file of process.argv.slice(2)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file));
    sheets += workbook.worksheets.length;
  }
  // Something of the load is printed, so nothing of it can be left undone.
  process.stdout.write(`${sheets}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
