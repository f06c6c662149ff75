/**
 * Issues found checking a workbook (Vietnamese). Each says what is wrong and how to put it right.
 * {field} is the column's header as written in the workbook; dates are dd/mm/yyyy.
 */
export const viValidation = {
  'validation.required.missing': 'Dòng {row} chưa nhập {field}. Nhập {field} cho dòng này, hoặc xoá dòng nếu nhập thừa.',
  'validation.required.unitUnknownOwner':
    'Cột {field} để trống nhưng sổ này không cho biết là của đơn vị nào. Nhập tên đơn vị (theo danh mục của kế hoạch), hoặc chọn đơn vị của sổ khi kiểm tra.',
  'validation.table.none':
    'Không tìm thấy bảng nhập liệu nào (tin bài, hạng mục, kinh phí). Dùng mẫu sổ của phần mềm, hoặc đặt một dòng tiêu đề có ít nhất các cột "Ngày" và "Tiêu đề".',
  'validation.table.missingColumn': 'Bảng có dòng tiêu đề ở dòng {row} nhưng thiếu cột "{header}". Thêm cột "{header}" vào dòng tiêu đề và nhập cho từng dòng.',
  'validation.table.unknownOwner':
    'Bảng (tiêu đề ở dòng {row}) không có cột "Đơn vị" và sổ không cho biết là của đơn vị nào. Thêm cột "Đơn vị", hoặc chọn đơn vị của sổ khi kiểm tra.',
  'validation.date.notADate': '{field} "{value}" không đọc được là ngày. Nhập ngày dạng dd/mm/yyyy, ví dụ {example}.',
  'validation.date.outsidePlanYear':
    'Ngày {date} nằm ngoài năm kế hoạch {year} (từ {from} đến {to}). Kiểm tra lại năm đã nhập; nếu đúng là việc của năm khác, ghi vào sổ của năm đó.',
  'validation.date.beforeUnitActive':
    'Ngày {date} trước ngày {unit} bắt đầu tham gia kế hoạch ({from}): dòng này không được tính vào chỉ tiêu giao cho từng đơn vị, chỉ tính vào chỉ tiêu chung của kế hoạch. Nếu nhập nhầm ngày thì sửa ngày; nếu là việc của đơn vị trước khi thành lập, ghi vào sổ của đơn vị đã thực hiện.',
  'validation.date.afterUnitActive':
    'Ngày {date} sau ngày {unit} thôi tham gia kế hoạch ({to}): dòng này không được tính vào chỉ tiêu giao cho từng đơn vị, chỉ tính vào chỉ tiêu chung của kế hoạch. Nếu nhập nhầm ngày thì sửa ngày; nếu là việc sau khi sáp nhập, ghi vào sổ của đơn vị mới.',
  'validation.date.future': 'Ngày {date} sau ngày hôm nay ({today}). Kiểm tra lại: nhập ngày trước, tháng sau (dd/mm/yyyy).',
  'validation.date.outsidePeriod':
    'Ngày {date} nằm ngoài kỳ báo cáo đang chọn ({from} – {to}), nên không được tính vào kỳ này. Nếu nhập nhầm thì sửa ngày; nếu đúng thì không cần làm gì.',
  'validation.name.unknown': '{field} "{value}" không có trong kế hoạch. Chọn lại trong danh sách (sheet Danh mục).',
  'validation.name.unknownOwn': '{field} "{value}" không có trong kế hoạch. Sửa lại theo đúng tên trong kế hoạch.',
  'validation.name.unknownSuggest':
    '{field} "{value}" không có trong kế hoạch. Có phải là "{suggestion}"? Sửa thành "{suggestion}" hoặc chọn lại trong danh sách.',
  'validation.name.ambiguousUnit':
    '{field} "{value}" có thể là {names} (các tên chỉ khác nhau ở dấu). Ghi tên có dấu đúng như kế hoạch, hoặc ghi mã đơn vị ({codes}).',
  'validation.standing.unknownItem': 'Mã hạng mục "{value}" không có trong kế hoạch. Nhập một trong các mã: {ids}.',
  'validation.standing.unknownItemSuggest':
    'Mã hạng mục "{value}" không có trong kế hoạch. Có phải là "{suggestion}"? Sửa thành "{suggestion}" (các mã: {ids}).',
  'validation.standing.unknownTitle':
    'Hạng mục "{value}" không khớp tên hạng mục thường xuyên nào của kế hoạch cho đơn vị này, nên chưa được tính. Ghi mã hạng mục vào cột Mã (các mã: {ids}) hoặc sửa tên như kế hoạch.',
  'validation.title.empty': 'Dòng {row} chưa có {field}. Nhập tên tin, bài như đã đăng, phát.',
  'validation.title.tooLong': '{field} dài {length} ký tự, quá {max} ký tự cho phép. Rút gọn, đưa phần còn lại sang cột Ghi chú.',
  'validation.link.malformed':
    '"{value}" không phải địa chỉ web hợp lệ. Dán lại đầy đủ địa chỉ bắt đầu bằng http:// hoặc https://, hoặc ghi số báo (ví dụ "Số 1234").',
  'validation.link.noScheme': 'Địa chỉ "{value}" thiếu phần đầu http:// hoặc https://. Sửa thành "{suggestion}".',
  'validation.link.malformedMany':
    '{count} ô ở cột {field} (từ {from} đến {to}) không phải địa chỉ web hợp lệ; ô đầu là "{value}". Dán lại đầy đủ địa chỉ bắt đầu bằng http:// hoặc https://, hoặc ghi số báo (ví dụ "Số 1234").',
  'validation.link.noSchemeMany':
    '{count} ô ở cột {field} (từ {from} đến {to}) có địa chỉ thiếu phần đầu http:// hoặc https://; ô đầu ("{value}") sửa thành "{suggestion}". Thêm https:// vào đầu từng địa chỉ của các ô này.',
  'validation.duplicate.output':
    'Tin, bài "{title}" ngày {date} trùng với dòng {firstRow} ({first}): cùng kênh, cùng ngày, cùng tiêu đề. Xoá dòng nhập trùng; nếu là hai tin khác nhau, sửa tiêu đề cho phân biệt.',
  'validation.standing.late':
    'Hạng mục {item} ({title}) đã quá hạn: phải hoàn thành chậm nhất ngày {due} nhưng chưa có dòng nào ghi đã thực hiện trong hạn. Nếu đã thực hiện, cập nhật tình trạng và ngày hoàn thành.',
  'validation.standing.lateMany':
    'Hạng mục {item} ({title}) đã quá hạn {count} lượt ({occurrences}; hạn chậm nhất lần lượt là ngày {dues}) nhưng chưa có dòng nào ghi đã thực hiện các lượt này. Nếu đã thực hiện, cập nhật tình trạng, ngày hoàn thành và ghi Kỳ cho từng lượt.',
  'validation.standing.doneLate':
    'Hạng mục {item} ({title}) hoàn thành chậm: ngày {done}, hạn chậm nhất ngày {due}. Không cần sửa; báo cáo ghi "hoàn thành chậm".',
  'validation.standing.badPeriod':
    'Hạng mục {item}: cột Kỳ ghi "{value}", không rõ là kỳ nào; dòng này được tính theo ngày hoàn thành. Ghi kỳ như "Quý I", "Tháng 3", "6 tháng đầu năm" hoặc "Năm 2026".',
  'validation.standing.periodNotInList':
    'Hạng mục {item}: cột Kỳ ghi "{value}"; báo cáo hiểu là {expected} nhưng sheet Tiến độ chỉ tính kỳ ghi đúng như danh sách. Chọn kỳ trong danh sách ("{expected}") để bảng Tiến độ tính đúng (hoặc bấm "Chuẩn hóa" ở phần Kiểm tra; dòng lệnh: cchc normalise).',
  'validation.standing.sameWindow':
    'Hạng mục {item} có {count} dòng đã thực hiện thuộc {window} (ngày {dates}), còn {previousName} chưa có dòng nào. Dòng ngày {done} không ghi Kỳ nên được tính cho {previousName}, hoàn thành chậm (hạn chậm nhất ngày {due}); {window} được tính dòng ngày {own}. Nếu đúng vậy, ghi Kỳ "{previous}" cho rõ; nếu không, sửa lại ngày hoặc Kỳ cho đúng.',
  'validation.name.spelling':
    '{field} "{value}" khác dấu với tên trong danh sách ("{suggestion}"); dòng này đang được tính cho "{suggestion}". Nếu đúng là "{suggestion}", sửa lại đúng như tên trong danh sách (sheet Danh mục).',
  'validation.hidden.standing':
    'Có {count} dòng hạng mục thường xuyên bị ẩn trong sheet này (dòng {rows}): không được tính vào báo cáo và tổng hợp. Bỏ ẩn dòng nếu cần tính, hoặc xoá dòng nếu không dùng.',
  'validation.hidden.standingLive':
    'Có {count} dòng hạng mục thường xuyên bị ẩn trong sheet này (dòng {rows}): báo cáo và tổng hợp không tính, nhưng sheet Tiến độ vẫn đếm (công thức COUNTIFS đếm cả dòng ẩn). Bỏ ẩn dòng nếu cần tính, hoặc xoá dòng nếu không dùng.',
  'validation.hidden.spending':
    'Có {count} dòng kinh phí bị ẩn trong sheet này (dòng {rows}): không được tính vào báo cáo và tổng hợp. Bỏ ẩn dòng nếu cần tính, hoặc xoá dòng nếu không dùng.',
  'validation.hidden.spendingLive':
    'Có {count} dòng kinh phí bị ẩn trong sheet này (dòng {rows}): báo cáo và tổng hợp không tính, nhưng sheet Tiến độ vẫn cộng (công thức SUMIFS cộng cả dòng ẩn). Bỏ ẩn dòng nếu cần tính, hoặc xoá dòng nếu không dùng.',
  'validation.standing.doneWithoutDate': 'Hạng mục {item} ghi đã thực hiện nhưng chưa có ngày hoàn thành. Nhập ngày hoàn thành dạng dd/mm/yyyy.',
  'validation.standing.wrongLevel':
    'Theo kế hoạch, hạng mục {item} không áp dụng cho {unit}. Kiểm tra lại mã hạng mục hoặc đơn vị; nếu nhập thừa thì xoá dòng.',
  'validation.amount.unreadable': 'Số tiền "{value}" không đọc được. Nhập số nguyên dương bằng đồng, chỉ gồm chữ số, ví dụ 1500000.',
  'validation.amount.notPositive': 'Số tiền "{value}" phải lớn hơn 0. Nhập số tiền đã chi bằng đồng, ví dụ 1500000.',
  'validation.amount.notWhole': 'Số tiền "{value}" có phần lẻ. Nhập số nguyên đồng, ví dụ 1500000.',
  'validation.amount.text':
    'Số tiền "{value}" đang là chữ nên Excel (cả sheet Tiến độ) không cộng được. Nhập lại dạng số: {amount}; với sổ tạo bằng phần mềm, bấm "Chuẩn hóa" ở phần Kiểm tra (dòng lệnh: cchc normalise) để đổi giúp.',
  'validation.measure.unreadable': '{field} "{value}" không đọc được nên không được cộng vào chỉ tiêu. Nhập một số không âm, ví dụ 15.',
  'validation.measure.text': '{field} "{value}" đang là chữ: báo cáo vẫn tính {number}, nhưng sheet Tiến độ không cộng được. Nhập lại dạng số: {number}.',
  'validation.live.unicodeForm':
    '{field} "{value}" được gõ bằng Unicode tổ hợp (dấu tách khỏi chữ): trông giống nhưng không trùng giá trị trong danh sách, nên sheet Tiến độ không tính dòng này (báo cáo vẫn tính). Bấm "Chuẩn hóa" ở phần Kiểm tra (dòng lệnh: cchc normalise) để sửa thành "{expected}".',
  'validation.live.spacing':
    '{field} "{value}" có dấu cách thừa so với giá trị trong danh sách, nên sheet Tiến độ không tính dòng này (báo cáo vẫn tính). Bấm "Chuẩn hóa" ở phần Kiểm tra (dòng lệnh: cchc normalise) để sửa thành "{expected}".',
  'validation.live.alias':
    '{field} "{value}" là tên gọi khác, không phải giá trị trong danh sách, nên sheet Tiến độ không tính dòng này (báo cáo vẫn tính). Bấm "Chuẩn hóa" ở phần Kiểm tra (dòng lệnh: cchc normalise) để sửa thành "{expected}".',
  'validation.live.textDate':
    '{field} "{value}" là ngày nhưng đang ở dạng chữ, nên sheet Tiến độ không tính dòng này (báo cáo vẫn tính). Bấm "Chuẩn hóa" ở phần Kiểm tra (dòng lệnh: cchc normalise) để đổi thành ngày {expected}.',
  'validation.stamp.otherPlan':
    'Sổ này được tạo theo kế hoạch {planId}, không phải kế hoạch đang dùng ({activePlanId}). Tạo sổ mới theo kế hoạch đang dùng, hoặc chọn đúng kế hoạch trước khi kiểm tra.',
  'validation.stamp.olderRevision':
    'Sổ này theo kế hoạch {planId} bản {revision}, cũ hơn bản đang dùng ({activeRevision}). Dùng lệnh nâng cấp sổ để cập nhật danh mục và chỉ tiêu; số liệu đã nhập được giữ nguyên.',
  'validation.stamp.newerRevision':
    'Sổ này theo kế hoạch {planId} bản {revision}, mới hơn bản phần mềm đang dùng ({activeRevision}). Cập nhật kế hoạch trong phần mềm trước khi kiểm tra.',
  'validation.encoding.legacy':
    'Chữ ở cột {field} ("{value}") có vẻ gõ bằng bảng mã cũ {encoding}, không phải Unicode; có thể là "{decoded}". Chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, nguồn {encoding}, đích Unicode) rồi dùng phông Unicode như Times New Roman.',
  'validation.encoding.legacyMany':
    '{count} ô ở cột {field} (từ {from} đến {to}) có vẻ gõ bằng bảng mã cũ {encoding}, không phải Unicode; ô đầu ("{value}") có thể là "{decoded}". Chuyển mã cả bảng sang Unicode (Unikey: Công cụ chuyển mã, nguồn {encoding}, đích Unicode) rồi dùng phông Unicode như Times New Roman.',
} as const;
