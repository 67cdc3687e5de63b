import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Lessons teach people about their ID, money and papers: a wrong number or a real scam link does
 * harm. This scan keeps every lesson to the fact sheet's rules (../shared/content-facts.md), so a
 * later edit can't bring back what we must not say. Source URLs in front matter are citations and
 * are not scanned; everything a learner reads is.
 */

/** Numbers a lesson may tell people to call or text (fact sheet §5). */
const ALLOWED_NUMBERS = new Set(['113', '5656', '156']);
/** Real sites a lesson may name (fact sheet); examples use `.invalid` or example.com. */
const ALLOWED_DOMAINS = new Set([
  'dichvucong.gov.vn',
  'mps.gov.vn',
  'bocongan.gov.vn',
  'tinnhiemmang.vn',
  'chongluadao.vn',
]);

/** Claims the fact sheet says we must not make, as patterns in both languages. */
const MUST_NOT_CLAIM: Array<[RegExp, string]> = [
  [
    /UBND (cấp )?huyện|ủy ban nhân dân (cấp )?huyện|\bhuyện\b/i,
    'districts no longer exist since 1/7/2025 (say commune/ward)',
  ],
  [/\bdistricts?\b/i, 'districts no longer exist since 1/7/2025 (say commune/ward)'],
  [/tỉnh Kiên Giang|Kiên Giang province|Kien Giang province/i, 'Kiên Giang merged into An Giang on 1/7/2025'],
  [/canhbao\.khonggianmang/i, 'unconfirmed warning portal'],
  [
    /\b8\s*(-|–|đến|to)\s*20\s*(ký tự|characters)/i,
    'no fixed password rule: say "follow the app’s instructions"',
  ],
  [/NAPAS\s*247[^.]{0,60}(hạn mức|limit)/i, 'NAPAS 247 limits are set by each bank'],
  [/100 triệu[^.]{0,60}(tin cậy|uy tín)|trusted merchant/i, 'no 100-million trusted-merchant exemption'],
  [/6[.,]000 tỷ|6,000 billion/i, 'not an official figure'],
  [
    /(chongluadao(?:\.vn)?|nTrust)[^.]{0,60}(của nhà nước|của chính phủ|cơ quan nhà nước|government|state[- ]run)/i,
    'chongluadao.vn and nTrust are not government services',
  ],
  [
    /Bộ Thông tin và Truyền thông|Ministry of Information and Communications/i,
    'merged into the Ministry of Science and Technology on 1/3/2025',
  ],
  [
    /deepfake[^.]{0,80}(luôn|chắc chắn|always|surely|reliabl)/i,
    'deepfake signs are not reliable: the defence is calling back',
  ],
];

export interface TruthProblem {
  rule: string;
  found: string;
}

export function scanText(text: string): TruthProblem[] {
  const problems: TruthProblem[] = [];
  // Real-looking mobile or landline numbers: placeholders must contain x (09xx xxx xxx).
  for (const match of text.matchAll(/(?:\+84[ .-]?|\b0)\d[\d .-]{7,}\d/g)) {
    problems.push({ rule: 'a diallable phone number (use 09xx xxx xxx in examples)', found: match[0] });
  }
  // Short numbers people are told to call or text must be on the allow-list.
  for (const match of text.matchAll(
    /\b(?:gọi(?: điện)?(?: đến| tới| cho)?(?: số)?|call(?:ing)?|dial|ring|nhắn(?: tin)?(?: đến| tới| về)?|text(?:ing)?|soạn tin(?: gửi)?(?: đến)?|sms(?: to)?|hotline|đường dây nóng|tổng đài|số điện thoại|phone number|số)\s+\**(\d{3,6})\b/gi,
  )) {
    if (!ALLOWED_NUMBERS.has(match[1]!))
      problems.push({ rule: 'a number not on the allow-list (113, 5656, 156)', found: match[0] });
  }
  for (const match of text.matchAll(
    /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s:?#,;)"'”’*]|\.(?:\s|$)|$)/gi,
  )) {
    const host = match[1]!.toLowerCase();
    if (/\.(mdx|svg|json|png|js|ts|css)$/.test(host) || /^\d/.test(host)) continue;
    const safe =
      host.endsWith('.invalid') ||
      host === 'example.com' ||
      host.endsWith('.example.com') ||
      ALLOWED_DOMAINS.has(host);
    if (!safe)
      problems.push({
        rule: 'a domain not on the allow-list (official sites, .invalid, example.com)',
        found: match[0],
      });
  }
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    for (const [pattern, rule] of MUST_NOT_CLAIM) {
      const found = sentence.match(pattern);
      if (found) problems.push({ rule, found: found[0] });
    }
    // Level 2 can't be done at home: a sentence putting the two together must say so.
    const levelTwoAtHome =
      /(mức|level)\s*2[^.]{0,40}(tại nhà|ở nhà|at home)|(tại nhà|ở nhà|at home)[^.]{0,40}(mức|level)\s*2/i;
    if (levelTwoAtHome.test(sentence) && !/(không|chưa|not|cannot|can’t|can't)/i.test(sentence)) {
      problems.push({ rule: 'Level 2 cannot be done fully at home', found: sentence.trim().slice(0, 80) });
    }
  }
  return problems;
}

/** Everything a learner reads: the body and front matter, minus the `sources:` citations. */
export function learnerText(mdx: string): string {
  const match = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) return mdx;
  const front = match[1]!.replace(/^sources:\n(?:[ \t-].*\n?)*/m, '');
  // Image paths are ours, not addresses to visit.
  const body = match[2]!.replace(/src="[^"]*"/g, '');
  return `${front}\n${body}`;
}

const lessonsDir = resolve(import.meta.dirname, '../../content/lessons');
const lessonFiles = readdirSync(lessonsDir).flatMap((locale) =>
  readdirSync(join(lessonsDir, locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${locale}/${name}`),
);

describe('the truth scan itself', () => {
  it.each([
    ['Gọi ngay 0912 345 678 để được hỗ trợ', 'diallable'],
    ['Call +84 24 3822 1234 now', 'diallable'],
    ['Hãy gọi 114 khi có cháy', 'allow-list (113'],
    ['text 8088 to register', 'allow-list (113'],
    ['Vào https://vneid-capnhat.com để cập nhật', 'domain'],
    ['Xem tại dichvucongs.top', 'domain'],
    ['Nộp hồ sơ ở UBND huyện', 'districts'],
    ['Go to the district office', 'districts'],
    ['Người dân tỉnh Kiên Giang', 'Kiên Giang'],
    ['Mật khẩu từ 8 đến 20 ký tự', 'password'],
    ['Bạn có thể làm tài khoản mức 2 ngay tại nhà.', 'Level 2'],
    ['chongluadao.vn là trang của nhà nước', 'not government'],
    ['Bộ Thông tin và Truyền thông cảnh báo', 'Science and Technology'],
  ])('catches %j', (text, rule) => {
    const problems = scanText(text);
    expect(problems.map((p) => p.rule).join(' | ')).toContain(rule);
  });

  it.each([
    'Gọi 113 (miễn phí, 24/7), nhắn tin đến 5656 hoặc gọi 156.',
    'Call 113, text 5656 or call 156.',
    'Tin nhắn từ 09xx xxx xxx với link https://vneid-capnhat.invalid hoặc http://shop.example.com/pay',
    'Vào dichvucong.gov.vn hoặc kiểm tra tại tinnhiemmang.vn/website-lua-dao.',
    'Mức 2 không làm được hoàn toàn tại nhà.',
    'Level 2 cannot be done fully at home; you must go to the commune police.',
    'Chuyển trên 10 triệu đồng phải xác thực khuôn mặt. Ngày 1/7/2024, Nghị định 69/2024.',
    'Số định danh cá nhân có trên thẻ căn cước.',
  ])('allows %j', (text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('every lesson keeps to the fact sheet', () => {
  it('finds the lessons', () => {
    expect(lessonFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(lessonFiles)('content/lessons/%s', (file) => {
    const problems = scanText(learnerText(readFileSync(join(lessonsDir, file), 'utf8')));
    expect(problems, problems.map((p) => `${p.rule}: "${p.found}"`).join('\n')).toEqual([]);
  });
});
