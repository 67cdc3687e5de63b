/**
 * The fact sheet's rules (/work/shared/content-facts*.md) as checks on text. Lessons teach people
 * about their ID, money and papers, so a wrong hotline, a real scam link or a claim the sheet rules
 * out does harm: the build runs these over every lesson and every made-up scam message, and stops.
 *
 * Two kinds of text, two standards for addresses and numbers:
 * - a lesson's own words may name only the sheet's official sites and hotlines;
 * - a made-up scam message must lead nowhere: `.invalid` or example.com addresses and numbers no one
 *   can dial (`09xx xxx xxx`), never an official site, since a learner might copy what they see.
 */

export interface ContentProblem {
  /** The offending text, as written. */
  found: string;
  /** Offset of `found` in the scanned text. */
  index: number;
  /** Follows `"found"` in a message: what is wrong and what to write instead. */
  reason: string;
}

/** Numbers a lesson may tell people to call or text (fact sheet §5: police, spam reports). */
export const ALLOWED_NUMBERS: ReadonlySet<string> = new Set(['113', '5656', '156']);

/** Real sites a lesson may name (fact sheet); everything else is an example under `.invalid` or example.com. */
export const ALLOWED_DOMAINS: ReadonlySet<string> = new Set([
  'dichvucong.gov.vn',
  'mps.gov.vn',
  'bocongan.gov.vn',
  'tinnhiemmang.vn',
  'chongluadao.vn',
]);

/** Claims the fact sheet says we must not make, as patterns in both languages, with the reason. */
const MUST_NOT_CLAIM: ReadonlyArray<readonly [RegExp, string]> = [
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

/**
 * Wordings found misleading or hard to read in review (issue #16), with what to write instead.
 * Checked like the claims above, so a retired wording cannot come back.
 */
const RETIRED_WORDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Bắt giữ bí mật/i, 'reads as "secret arrest": write "Bắt bạn giữ bí mật"'],
  [
    /(mật ong|honey)[^.]{0,40}U Minh/i,
    'U Minh honey is a real product of our readers’ region: invent a place for a false claim',
  ],
  [/dichvucongs/i, 'never print the real scam address: say "a look-alike address"'],
  [/168\/BHXH/i, 'the official-letter number is unconfirmed: leave it out'],
  [/(831[.,]000|610[.,]000)\s*(khách hàng|customers|người|people)/i, 'SIMO counts times (lượt), not people'],
  [/Tự nó không phải dấu hiệu/i, 'plain Vietnamese: "Câu này bình thường, không phải dấu hiệu lừa đảo"'],
  [/Chọn tất cả câu đúng/i, 'plain Vietnamese: "Chọn tất cả các ý đúng", or leave it to the hint'],
  [/giấy tờ được hỏi/i, 'plain Vietnamese: "giấy tờ mà trang yêu cầu"'],
  [
    /Kiểm tra bạn đúng là người bạn nói/i,
    'plain Vietnamese: "Kiểm tra xem bạn có đúng là người như bạn khai không"',
  ],
  [/chỉ 5 kiểu/i, 'plain Vietnamese: "chỉ ra 5 kiểu"'],
  [/chỉ chỉ tay/i, 'plain Vietnamese: "chỉ được chỉ tay"'],
  [/sàn có chức năng thanh toán/i, 'plain Vietnamese: "sàn thu tiền của khách giúp bạn"'],
  [/Có là lừa đảo/i, 'not every "yes" is a scam: "Có thì dừng lại và kiểm tra"'],
  [
    /(?:^|[.:,]\s+)[Tt]heo (?:Thông tư|Nghị định|Quyết định|Nghị quyết|Bộ luật|Luật)[^,.()]*,/,
    'plain rule first, then the law in brackets: "…, trừ khi bạn yêu cầu (theo Thông tư 50/2024)"',
  ],
  [/platforms app/i, 'write "platform’s app"'],
  [/check in with your face/i, 'write "verify with your face"'],
  [/\(1,000 − 500 million\)/, 'write "(1,000 million − 500 million)"'],
];

/** Every pattern checked sentence by sentence, with the reason a problem gives. */
const SENTENCE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  ...MUST_NOT_CLAIM.map(([pattern, why]) => [pattern, `goes against the fact sheet: ${why}`] as const),
  ...RETIRED_WORDINGS,
];

/** A sentence putting Level 2 and "at home" together; it must say it can't be done. */
const LEVEL_TWO_AT_HOME =
  /(mức|level)\s*2[^.]{0,40}(tại nhà|ở nhà|at home)|(tại nhà|ở nhà|at home)[^.]{0,40}(mức|level)\s*2/i;
const NEGATION = /(không|chưa|not|cannot|can’t|can't)/i;

/** Words that tell someone to call or text the number after them. */
const SHORT_NUMBER_TO_CALL =
  /\b(?:gọi(?: điện)?(?: đến| tới| cho)?(?: số)?|call(?:ing)?|dial|ring|nhắn(?: tin)?(?: đến| tới| về)?|text(?:ing)?|soạn tin(?: gửi)?(?: đến)?|sms(?: to)?|hotline|đường dây nóng|tổng đài|số điện thoại|phone number|số)\s+\**(\d{3,6})\b/gi;

/**
 * Diallable numbers. In a lesson only a phone number's shape counts (0… or +84…), since amounts
 * such as 2.000.000 đồng belong there; a scam message could carry any number, so there every run of
 * seven or more digits counts.
 */
const PHONE_SHAPED = /(?:\+84[ .-]?|\b0)\d[\d .-]{7,}\d/g;
const LONG_DIGIT_RUN = /\+?\d[\d .-]{6,}\d/g;

/** A host name, ending where no letter, digit or hyphen follows (so `…</Part>` and `**…**` count). */
const HOST = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}_-])/giu;
/** File names in lesson source are ours, not addresses to visit. */
const FILE_NAME = /\.(?:mdx|svg|json|png|js|ts|css)$/;

const EXAMPLE_ADDRESS_HINT = 'use a .invalid or example.com address';
const DIALLABLE = 'looks like a diallable phone number; write it like 09xx xxx xxx';

function isExampleHost(host: string): boolean {
  return host.endsWith('.invalid') || host === 'example.com' || host.endsWith('.example.com');
}

/** Host names in `text`, lowercased, with a numbered-list prefix such as `2.` dropped. */
function* hosts(text: string): Generator<{ host: string; found: string; index: number }> {
  for (const match of text.matchAll(HOST)) {
    // "Bước 2.Tap" is a step number, not a host; "1.vneid-update.com" still has one after it.
    const host = match[1]!.toLowerCase().replace(/^(?:\d+\.)+/, '');
    if (!host.includes('.') || FILE_NAME.test(host)) continue;
    yield { host, found: match[0], index: match.index };
  }
}

function numberProblems(text: string, pattern: RegExp): ContentProblem[] {
  return [...text.matchAll(pattern)].map((match) => ({
    found: match[0].trim(),
    index: match.index,
    reason: DIALLABLE,
  }));
}

/** Sentences of `text` with their offsets: split after . ! ? before a space, and at line ends. */
function* sentences(text: string): Generator<{ text: string; index: number }> {
  for (const match of text.matchAll(/[^\n]*?[.!?](?=\s)|[^\n]+/g))
    yield { text: match[0], index: match.index };
}

/** What a made-up scam message must not contain: a real-looking address or a diallable number. */
export function findExampleMessageProblems(text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { host, found, index } of hosts(text)) {
    if (!isExampleHost(host))
      problems.push({ found, index, reason: `could be real; ${EXAMPLE_ADDRESS_HINT}` });
  }
  problems.push(...numberProblems(text, LONG_DIGIT_RUN));
  return problems.sort((a, b) => a.index - b.index);
}

/** Everything in a lesson's learner-visible text that the fact sheet rules out. */
export function findLessonTextProblems(text: string): ContentProblem[] {
  const problems = numberProblems(text, PHONE_SHAPED);
  const numberStarts = new Set(problems.map((p) => p.index));
  for (const match of text.matchAll(SHORT_NUMBER_TO_CALL)) {
    // "Gọi 0912 345 678" is one mistake, already reported as a diallable number.
    const numberStart = match.index + match[0].length - match[1]!.length;
    if (!ALLOWED_NUMBERS.has(match[1]!) && !numberStarts.has(numberStart)) {
      problems.push({
        found: match[0],
        index: match.index,
        reason: `is not a number the fact sheet gives (call or text only ${[...ALLOWED_NUMBERS].join(', ')})`,
      });
    }
  }
  for (const { host, found, index } of hosts(text)) {
    if (!isExampleHost(host) && !ALLOWED_DOMAINS.has(host)) {
      problems.push({
        found,
        index,
        reason: `is not a site the fact sheet names (${[...ALLOWED_DOMAINS].join(', ')}); in examples ${EXAMPLE_ADDRESS_HINT}`,
      });
    }
  }
  for (const sentence of sentences(text)) {
    for (const [pattern, reason] of SENTENCE_RULES) {
      const match = pattern.exec(sentence.text);
      if (match) problems.push({ found: match[0], index: sentence.index + match.index, reason });
    }
    if (LEVEL_TWO_AT_HOME.test(sentence.text) && !NEGATION.test(sentence.text)) {
      const start = sentence.text.length - sentence.text.trimStart().length;
      problems.push({
        found: sentence.text.trim().slice(0, 80),
        index: sentence.index + start,
        reason: 'goes against the fact sheet: Level 2 cannot be done fully at home',
      });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** `"found" reason`, the way both build messages and quiz messages show a problem. */
export function describeProblem(problem: ContentProblem): string {
  return `"${problem.found}" ${problem.reason}`;
}

/** Problems in a red-flags question's message, as quiz validation reports them. */
export function unsafeExampleProblems(text: string): string[] {
  return findExampleMessageProblems(text).map(describeProblem);
}

/**
 * Everything a learner reads in a lesson file: front matter and body, minus the `sources:` citations
 * and image paths. Removed lines become blank lines, so offsets map to the file's own line numbers.
 */
export function learnerText(mdx: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(mdx);
  if (!match) return mdx;
  const blankLines = (removed: string) => removed.replace(/[^\n]/g, '');
  const front = match[1]!.replace(/^sources:\n(?:[ \t-].*\n?)*/m, blankLines);
  const body = match[2]!.replace(/src="[^"]*"/g, '');
  return `\n${front}\n\n${body}`;
}

/** 1-based line of `index` in `text`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Fact-sheet problems in one lesson file, each as `content/lessons/vi/x.mdx:12 → "found" reason`. */
export function findLessonSourceProblems(file: string, mdx: string): string[] {
  const text = learnerText(mdx);
  return findLessonTextProblems(text).map(
    (problem) => `${file}:${lineAt(text, problem.index)} → ${describeProblem(problem)}`,
  );
}

/** A site's front page rather than the article: nothing after the host. */
export function isBareHomePage(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return (pathname === '/' || pathname === '') && search === '';
  } catch {
    return false;
  }
}

/**
 * A lesson's `sources:` must be checkable: each link is an article named in the fact sheets, never a
 * bare home page; a source the sheet gives no link for has no `url`.
 */
export function findSourceProblems(
  file: string,
  sources: ReadonlyArray<{ title: string; url?: string | undefined }>,
  sheetUrls: ReadonlySet<string>,
): string[] {
  return sources.flatMap((source, i) => {
    if (source.url === undefined) return [];
    const at = `${file} → sources[${i}].url`;
    if (isBareHomePage(source.url))
      return [
        `${at}: "${source.url}" is a home page, not the article; link the article the fact sheets (content/facts/) give, or leave url out where they give none`,
      ];
    if (!sheetUrls.has(source.url))
      return [
        `${at}: "${source.url}" is not in the fact sheets (content/facts/); cite the article URL a sheet gives, exactly, or add the source to the sheet first`,
      ];
    return [];
  });
}
