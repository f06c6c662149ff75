import { DISTRICT_ERA_LEVELS } from './levelCatalogue';
import type { Plan } from './types';

/**
 * Kế hoạch 116/KH-UBND, UBND huyện Gò Dầu, 06/6/2018: the built-in default plan and the example
 * every other plan copies. Every value below is traced to section III or IV of the seed text;
 * where the plan is silent (codes, aliases) the choice is ours and editable in the plan sheet.
 *
 * Counted targets accept "tin" and "bài" alike for the written channels because offices count
 * "tin, bài" together in practice; the broadcast target counts only "phóng sự", as written.
 */
export const GO_DAU_116: Plan = {
  identity: {
    id: '116/KH-UBND-2018',
    number: '116/KH-UBND',
    date: '2018-06-06',
    issuer: 'UBND huyện Gò Dầu',
    superior: 'UBND tỉnh Tây Ninh',
    place: 'Gò Dầu',
    title: 'Tăng cường công tác tuyên truyền cải cách hành chính năm 2018',
    year: 2018,
    revision: 1,
  },
  periodConvention: 'nd09-cutoff',
  levels: DISTRICT_ERA_LEVELS,
  // A district's plan: "toàn huyện", "UBND các xã, thị trấn", "Bộ phận tiếp nhận và trả kết quả" (the dictionary's words for a district).
  wording: { government: 'district', area: '', participants: '', reception: '' },
  // Section IV: Phòng Nội vụ consolidates and reports to UBND huyện and Sở Nội vụ.
  reportingBody: 'PNV',
  units: [
    { code: 'VP', name: 'Văn phòng HĐND và UBND huyện', aliases: ['VP.HĐND và UBND huyện', 'Văn phòng UBND huyện', 'VP UBND'], level: 'district-agency' },
    { code: 'PNV', name: 'Phòng Nội vụ', aliases: ['Phòng Nội vụ huyện', 'P.NV', 'Nội vụ'], level: 'district-agency' },
    { code: 'PVHTT', name: 'Phòng Văn hóa và Thông tin', aliases: ['Phòng VH-TT', 'Phòng VHTT', 'VH-TT'], level: 'district-agency' },
    { code: 'DTT', name: 'Đài Truyền thanh huyện', aliases: ['Đài TT huyện', 'Đài Truyền thanh Gò Dầu'], level: 'district-agency' },
    {
      code: 'BPMC',
      name: 'Bộ phận tiếp nhận và trả kết quả huyện',
      aliases: ['Bộ phận TN&TKQ huyện', 'Bộ phận một cửa huyện', 'Một cửa huyện'],
      level: 'reception-office',
    },
    { code: 'TTGD', name: 'Thị trấn Gò Dầu', aliases: ['UBND thị trấn Gò Dầu', 'TT Gò Dầu', 'TT. Gò Dầu'], level: 'commune' },
    { code: 'XTD', name: 'Xã Thạnh Đức', aliases: ['Thạnh Đức', 'UBND xã Thạnh Đức'], level: 'commune' },
    { code: 'XCG', name: 'Xã Cẩm Giang', aliases: ['Cẩm Giang', 'UBND xã Cẩm Giang'], level: 'commune' },
    { code: 'XHT', name: 'Xã Hiệp Thạnh', aliases: ['Hiệp Thạnh', 'UBND xã Hiệp Thạnh'], level: 'commune' },
    { code: 'XBD', name: 'Xã Bàu Đồn', aliases: ['Bàu Đồn', 'UBND xã Bàu Đồn'], level: 'commune' },
    { code: 'XPTH', name: 'Xã Phước Thạnh', aliases: ['Phước Thạnh', 'UBND xã Phước Thạnh'], level: 'commune' },
    { code: 'XPD', name: 'Xã Phước Đông', aliases: ['Phước Đông', 'UBND xã Phước Đông'], level: 'commune' },
    { code: 'XPTR', name: 'Xã Phước Trạch', aliases: ['Phước Trạch', 'UBND xã Phước Trạch'], level: 'commune' },
    { code: 'XTP', name: 'Xã Thanh Phước', aliases: ['Thanh Phước', 'UBND xã Thanh Phước'], level: 'commune' },
  ],
  channels: [
    { code: 'BTN', name: 'Báo Tây Ninh', shortName: 'Báo Tây Ninh', aliases: ['Báo TN', 'BTN', 'baotayninh.vn'] },
    {
      code: 'PTTH-T',
      name: 'Đài Phát thanh và Truyền hình tỉnh',
      shortName: 'Đài PT-TH tỉnh',
      aliases: ['PT-TH', 'PTTH', 'Đài PTTH Tây Ninh', 'Đài PT-TH Tây Ninh', 'Đài truyền hình tỉnh', 'TTV', 'tayninhtv.vn'],
    },
    {
      code: 'TT-H',
      name: 'Đài Truyền thanh huyện',
      shortName: 'Đài TT huyện',
      aliases: ['TT', 'Truyền thanh huyện', 'Đài TT huyện', 'Đài truyền thanh Gò Dầu'],
    },
    { code: 'TT-X', name: 'Trạm truyền thanh xã', shortName: 'Trạm TT xã', aliases: ['Trạm TT xã', 'Truyền thanh xã', 'Đài truyền thanh xã', 'Loa xã'] },
    {
      code: 'CTT-T',
      name: 'Cổng thông tin điện tử tỉnh',
      shortName: 'Cổng TTĐT tỉnh',
      aliases: ['Cổng TTĐT tỉnh', 'Cổng TTĐT Tây Ninh', 'Cổng tỉnh', 'tayninh.gov.vn'],
    },
    {
      code: 'TTT-H',
      name: 'Trang thông tin điện tử huyện',
      shortName: 'Trang TTĐT huyện',
      aliases: ['TTĐT', 'Trang TTĐT huyện', 'Trang TTĐT Gò Dầu', 'website', 'website huyện', 'godau.tayninh.gov.vn'],
    },
  ],
  forms: [
    { code: 'TIN', name: 'Tin', aliases: ['tin tức', 'tin ngắn', 'bản tin'] },
    { code: 'BAI', name: 'Bài', aliases: ['bài viết', 'bài báo', 'tin bài'] },
    { code: 'PS', name: 'Phóng sự', aliases: ['PS', 'phóng sự truyền hình'] },
  ],
  targets: [
    { id: 'III.1.a', title: 'Tin đăng trên Báo Tây Ninh', channels: ['BTN'], forms: ['TIN', 'BAI'], minimum: 10, scope: 'plan' },
    { id: 'III.1.b', title: 'Phóng sự phát sóng trên Đài Phát thanh và Truyền hình tỉnh', channels: ['PTTH-T'], forms: ['PS'], minimum: 3, scope: 'plan' },
    {
      id: 'III.1.c',
      title: 'Tin phát trên Đài Truyền thanh huyện, Trạm truyền thanh xã',
      channels: ['TT-H', 'TT-X'],
      forms: ['TIN', 'BAI'],
      minimum: 10,
      scope: 'plan',
    },
    { id: 'III.1.d', title: 'Tin đăng trên Cổng thông tin điện tử tỉnh', channels: ['CTT-T'], forms: ['TIN', 'BAI'], minimum: 10, scope: 'plan' },
    { id: 'III.1.e', title: 'Tin đăng trên Trang thông tin điện tử huyện', channels: ['TTT-H'], forms: ['TIN', 'BAI'], minimum: 20, scope: 'plan' },
  ],
  standingItems: [
    { id: 'III.1.f', title: 'Băng rôn tuyên truyền CCHC treo thường xuyên tại Bộ phận TN&TKQ', appliesTo: ['reception-office', 'commune'] },
    { id: 'III.2.a', title: 'Niêm yết đầy đủ, đúng quy định bộ TTHC và số điện thoại đường dây nóng', appliesTo: ['reception-office', 'commune'] },
    {
      id: 'III.2.b',
      title: 'Thay bảng tên "BỘ PHẬN TIẾP NHẬN HỒ SƠ VÀ TRẢ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" bằng bảng chữ khổ lớn',
      appliesTo: ['reception-office'],
    },
    { id: 'III.2.c1', title: 'Bảng hướng dẫn thực hiện thủ tục hành chính', appliesTo: ['reception-office', 'commune'] },
    { id: 'III.2.c2', title: 'Bảng hướng dẫn tra cứu thông tin trên kiosk tra cứu thông tin', appliesTo: ['reception-office'] },
    {
      id: 'III.2.c3',
      title: 'Bảng hướng dẫn thực hiện dịch vụ công mức độ 3 (trên mạng, qua Bưu điện, tại Kiosk)',
      appliesTo: ['reception-office', 'commune'],
    },
    { id: 'III.2.c4', title: 'Bảng hướng dẫn tra cứu thông tin trên màn hình cảm ứng', appliesTo: ['reception-office', 'commune'] },
  ],
  fundingSources: [
    { code: 'KP-HUYEN', name: 'Kinh phí CCHC cấp huyện', note: 'Bố trí tại Phòng Nội vụ huyện', levels: ['district-agency', 'reception-office'] },
    { code: 'NS-XA', name: 'Ngân sách UBND xã, thị trấn', note: 'Chi cho công tác CCHC cấp xã', levels: ['commune'] },
  ],
  responsibilities: [
    {
      units: ['VP'],
      levels: [],
      task: 'Niêm yết bộ TTHC, số điện thoại đường dây nóng; thay bảng tên Bộ phận TN&TKQ bằng bảng chữ khổ lớn',
      items: ['III.2.a', 'III.2.b'],
    },
    {
      units: ['BPMC'],
      levels: ['commune'],
      task: 'Lập các bảng hướng dẫn tại Bộ phận TN&TKQ cấp huyện, cấp xã',
      items: ['III.2.c1', 'III.2.c2', 'III.2.c3', 'III.2.c4'],
    },
    {
      units: ['PVHTT'],
      levels: [],
      task: 'Cập nhật nội dung trên cổng thông tin điện tử cấp huyện, cấp tỉnh; treo băng rôn tuyên truyền',
      items: ['III.1.d', 'III.1.e', 'III.1.f'],
    },
    { units: ['DTT'], levels: [], task: 'Tăng cường đăng tin, bài; liên hệ Đài Phát thanh truyền hình tỉnh đăng tin, bài', items: ['III.1.b', 'III.1.c'] },
    {
      units: ['PNV'],
      levels: [],
      task: 'Triển khai, hướng dẫn, kiểm tra thực hiện kế hoạch; báo cáo định kỳ 6 tháng, năm cho UBND huyện, Sở Nội vụ',
      items: [],
    },
    { units: [], levels: ['district-agency', 'reception-office', 'commune'], task: 'Căn cứ chức năng, nhiệm vụ chủ động thực hiện kế hoạch', items: [] },
  ],
  reportingDuties: [
    { from: 'PNV', to: ['UBND huyện', 'Sở Nội vụ'], frequency: 'half-year' },
    { from: 'PNV', to: ['UBND huyện', 'Sở Nội vụ'], frequency: 'year' },
  ],
  reportRecipients: ['Sở Nội vụ', 'UBND huyện', 'Lưu: VT, NV'],
  signer: { title: 'CHỦ TỊCH', name: 'Hà Văn Cung' },
};
