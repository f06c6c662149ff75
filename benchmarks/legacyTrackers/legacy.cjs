// My own Unicode -> TCVN3 (ABC) and -> VNI-Windows converters. Throw on anything unmappable.
const T = {
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
  à: 0xb5,
  ả: 0xb6,
  ã: 0xb7,
  á: 0xb8,
  ạ: 0xb9,
  ằ: 0xbb,
  ẳ: 0xbc,
  ẵ: 0xbd,
  ắ: 0xbe,
  ặ: 0xc6,
  ầ: 0xc7,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ấ: 0xca,
  ậ: 0xcb,
  è: 0xcc,
  ẻ: 0xce,
  ẽ: 0xcf,
  é: 0xd0,
  ẹ: 0xd1,
  ề: 0xd2,
  ể: 0xd3,
  ễ: 0xd4,
  ế: 0xd5,
  ệ: 0xd6,
  ì: 0xd7,
  ỉ: 0xd8,
  ĩ: 0xdc,
  í: 0xdd,
  ị: 0xde,
  ò: 0xdf,
  ỏ: 0xe1,
  õ: 0xe2,
  ó: 0xe3,
  ọ: 0xe4,
  ồ: 0xe5,
  ổ: 0xe6,
  ỗ: 0xe7,
  ố: 0xe8,
  ộ: 0xe9,
  ờ: 0xea,
  ở: 0xeb,
  ỡ: 0xec,
  ớ: 0xed,
  ợ: 0xee,
  ù: 0xef,
  ủ: 0xf1,
  ũ: 0xf2,
  ú: 0xf3,
  ụ: 0xf4,
  ừ: 0xf5,
  ử: 0xf6,
  ữ: 0xf7,
  ứ: 0xf8,
  ự: 0xf9,
  ỳ: 0xfa,
  ỷ: 0xfb,
  ỹ: 0xfc,
  ý: 0xfd,
  ỵ: 0xfe,
};
function toTcvn3(s) {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    // ASCII, and white space or punctuation beyond it (a no-break space, a dash), is the same byte in TCVN3.
    if (ch.charCodeAt(0) < 0x80 || !/\p{L}/u.test(ch)) out += ch;
    else if (T[ch] !== undefined) out += String.fromCharCode(T[ch]);
    // A toned capital has no byte of its own: offices type its small letter's in the capitals' font (.VnTimeH).
    else if (T[ch.toLowerCase()] !== undefined) out += String.fromCharCode(T[ch.toLowerCase()]);
    else throw new Error(`TCVN3: no byte for ${ch} in ${s}`);
  }
  return out;
}
// VNI: base letter + mark characters, from NFD.
const TONE = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const CIRC = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const BREVE = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const ITONE = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
function toVni(s) {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    // ASCII, and white space or punctuation beyond it (a no-break space, a dash), is the same in VNI.
    if (ch.charCodeAt(0) < 0x80 || !/\p{L}/u.test(ch)) {
      out += ch;
      continue;
    }
    if (ch === 'đ') {
      out += 'ñ';
      continue;
    }
    if (ch === 'Đ') {
      out += 'Ñ';
      continue;
    }
    const d = ch.normalize('NFD');
    let base = d[0];
    const marks = d.slice(1);
    const up = base !== base.toLowerCase();
    const U = (x) => (up ? x.toUpperCase() : x);
    const mod = [...marks].find((m) => m === '\u0302' || m === '\u0306' || m === '\u031B') ?? '';
    const tone = [...marks].find((m) => TONE[m]) ?? '';
    if (!/[a-zA-Z]/.test(base)) throw new Error(`VNI: ${ch}`);
    const lb = base.toLowerCase();
    if (mod === '\u031B') {
      out += U(lb === 'o' ? 'ô' : 'ö') + (tone ? U(TONE[tone]) : '');
      continue;
    }
    if (mod === '\u0302') {
      out += base + U(CIRC[tone]);
      continue;
    }
    if (mod === '\u0306') {
      out += base + U(BREVE[tone]);
      continue;
    }
    if (lb === 'i' && tone) {
      out += U(ITONE[tone]);
      continue;
    }
    if (lb === 'y' && tone === '\u0323') {
      out += U('î');
      continue;
    }
    if (tone) {
      out += base + U(TONE[tone]);
      continue;
    }
    throw new Error(`VNI: ${ch} in ${s}`);
  }
  return out;
}
module.exports = { toTcvn3, toVni };
if (require.main === module) {
  console.log(toTcvn3('Tuyên truyền cải cách hành chính tại xã Thạnh Đức'));
  console.log(toVni('Thạnh Đức'), toVni('Tuyên truyền cải cách hành chính tại xã Thạnh Đức'));
}
