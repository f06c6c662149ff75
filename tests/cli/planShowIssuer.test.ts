import { examplePlanBytes } from '../support/fixturePlans';
import { run } from '../../src/cli/run';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Plan } from '../../src/core/plan/types';
import { memoryIo } from './memoryIo';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';

/**
 * The fifth tester's finding 5 of issue 13: naming the commune's office as "Đơn vị tổng hợp báo
 * cáo" made the office issue and sign the commune's report, and dropped the plan's signer (CHỦ
 * TỊCH Nguyễn Thị Thu Hằng) silently. `plan show` now says who issues and signs the consolidated
 * report, and why the plan's signer does not; the plan sheet's cell says what naming a unit does.
 */
const officePlan: Plan = {
  ...GO_DAU_116,
  reportingBody: 'PNV',
  signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Thị Thu Hằng' },
};

describe('cchc plan show: who issues and signs the consolidated report', () => {
  test("given the province example, the consolidated report is Sở Nội vụ's, signed by its director by name", async () => {
    const io = memoryIo({ 'kh.xlsx': examplePlanBytes('ke-hoach-tinh-2026.xlsx') });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(0);
    expect(io.out()).toMatch(/Báo cáo tổng hợp\s*[:|]?\s*do Sở Nội vụ ban hành, GIÁM ĐỐC \S/u);
  });

  test("given an office as the reporting body and the plan's CHỦ TỊCH, says the office issues it and the plan's signer does not sign it, and how to change it", async () => {
    const io = memoryIo({ 'kh.xlsx': await renderToBuffer(planToSheet(officePlan)) });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(0);
    const out = io.out().replace(/\s+/gu, ' ');
    expect(out).toContain('do Phòng Nội vụ ban hành, TRƯỞNG PHÒNG ký (người ký của kế hoạch, CHỦ TỊCH Nguyễn Thị Thu Hằng, không ký báo cáo này');
    expect(out).toContain(
      'nếu báo cáo do UBND huyện Gò Dầu ban hành, ghi "UBND huyện Gò Dầu" vào ô "Cơ quan ban hành báo cáo tổng hợp", đơn vị tổng hợp vẫn dự thảo)',
    );
  });

  test('given "Cơ quan ban hành báo cáo tổng hợp" naming the plan’s issuer, says the committee issues it, its CHỦ TỊCH signs by name, and the office drafts it', async () => {
    const io = memoryIo({ 'kh.xlsx': await renderToBuffer(planToSheet({ ...officePlan, reportIssuer: { kind: 'plan' } })) });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(0);
    const out = io.out().replace(/\s+/gu, ' ');
    expect(out).toMatch(/Cơ quan ban hành báo cáo tổng hợp\s*[:|]?\s*UBND huyện Gò Dầu/u);
    expect(out).toContain('do UBND huyện Gò Dầu ban hành, TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Thị Thu Hằng ký; Phòng Nội vụ tổng hợp, dự thảo');
    expect(out).not.toContain('không ký báo cáo này');
  });

  test('given the plan sheet, the "Đơn vị tổng hợp báo cáo" cell explains that naming a unit makes it the issuer', () => {
    const sheet = planToSheet(officePlan).sheets[0];
    const prompt = sheet?.validations.find((v) => v.prompt?.title === 'Đơn vị tổng hợp báo cáo')?.prompt?.message ?? '';
    expect(prompt).toMatch(
      /do đơn vị đó ban hành và thủ trưởng đơn vị ký \(trừ khi ô dưới ghi cơ quan khác\); để trống thì do cơ quan ban hành kế hoạch ban hành/u,
    );
    expect(prompt.length).toBeLessThanOrEqual(255);
  });
});
