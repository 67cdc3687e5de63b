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

/**
 * Numbers a lesson may tell people to call or text, digits only: police and spam reports (fact
 * sheet §5), and the free consumer hotline 1800 6838 of the National Competition Commission (part 2,
 * L4 [148]), written `1800 6838`, `1800.6838` or `18006838`.
 */
export const ALLOWED_NUMBERS: ReadonlySet<string> = new Set(['113', '5656', '156', '18006838']);

/** How the reasons name the allowed numbers. */
const ALLOWED_NUMBERS_TEXT = '113, 5656, 156, 1800 6838';

/** Real sites a lesson may name (fact sheet); everything else is an example under `.invalid` or example.com. */
export const ALLOWED_DOMAINS: ReadonlySet<string> = new Set([
  'dichvucong.gov.vn',
  'mps.gov.vn',
  'bocongan.gov.vn',
  'tinnhiemmang.vn',
  'chongluadao.vn',
  // Part 2, L4 [145]: where to check that a shop's website is registered with the Ministry of Industry and Trade.
  'online.gov.vn',
]);

/** "Not", "never", "no": a sentence with one of these is denying a claim, not making it. */
const DENIES = /\b(?:không|chưa|chẳng|never|not|no|cannot|don['’]t|doesn['’]t|isn['’]t)\b|can['’]t|n['’]t\b/i;

/**
 * The "must not claim" list of content-facts-2.md, numbered as there (it continues the main sheet's
 * list above). Most of these are true-sounding half-facts, so each pattern needs the claim's
 * own words together, and a sentence that denies the claim passes.
 */
const MUST_NOT_CLAIM_2: ReadonlyArray<ClaimRule> = [
  // 1
  [
    /(người (cao tuổi|già|lớn tuổi)|vùng sâu|vùng xa|elderly|older people|the elderly|remote (areas?|residents))[^.]{0,80}(thẻ (BHYT|bảo hiểm y tế) giấy|thẻ giấy|paper (health[- ]insurance )?cards?)/i,
    'paper health-insurance cards are issued in three cases only (no VssID, no VNeID, no chip ID card), not by age or place',
    DENIES,
  ],
  // 2
  [
    /(Thông tư|Circular)\s*05\/2024|05\/2024\/TT-BGTVT/i,
    'Circular 05/2024/TT-BGTVT is not re-verified as today’s basis for a licence in VNeID (road law changed 1/1/2025)',
  ],
  [
    /(bằng lái|giấy phép lái xe|GPLX|driving licen[cs]e)[^.]{0,80}(luôn đủ|luôn thay|thay thế hoàn toàn|không bao giờ đủ|không cần mang|always (enough|replaces?)|never enough|fully replaces?|no need to carry)/i,
    'a licence in VNeID is neither "always enough" nor "never enough" (not re-verified)',
  ],
  // 3
  [
    /(Quyết định|Decision)\s*34\/2021|34\/2021\/QĐ-TTg/i,
    'Decision 34/2021/QĐ-TTg is superseded (VNeID follows Decree 69/2024)',
  ],
  [
    /(người phụ thuộc|người thân|dependants?|dependents?)[^.]{0,80}(1 triệu|một triệu|1\.000\.000|1,000,000|one million|1 million)/i,
    'VNeID has no 1-million-VND income rule for relatives or dependants (a tax rule mixed in by a blog)',
  ],
  // 4
  [
    /(mai táng phí|trợ cấp mai táng|funeral (allowance|grant))[^.]{0,60}\d[\d.,]*\s*(triệu|nghìn|ngàn|đồng|million|VND|dong)/i,
    'the funeral allowance is 10 × the reference level in the month of death, not a fixed amount',
  ],
  [
    /(ai cũng|mọi người|mọi gia đình|gia đình nào cũng|anyone|everyone|every family|all families)[^.]{0,60}(mai táng phí|trợ cấp mai táng|funeral (allowance|grant))/i,
    'the funeral allowance is for social-insurance cases only',
    DENIES,
  ],
  // 5
  [
    /(khai tử|death registration|registering a death)[^.]{0,60}(luôn miễn phí|luôn luôn miễn phí|always free|free whenever)|(luôn miễn phí|always free)[^.]{0,40}(khai tử|death registration)/i,
    'death registration is free only within 15 days; late registration pays a fee',
  ],
  [
    /(khai tử|death registration)[^.]{0,80}25 (dịch vụ|thủ tục|essential|services)|25 (dịch vụ|thủ tục|essential|services)[^.]{0,80}(khai tử|death registration)/i,
    'death registration is not verified as one of the 25 essential online services',
  ],
  // 6
  [
    /\b(?:KT|TK|TC)\b[^.\n]{0,20}\b(?:994|123|1228)\b/,
    'the paid-service check codes (2019) may be out of date: say "ask your carrier"',
  ],
  [
    /(Viettel|VinaPhone|MobiFone)[^.]{0,40}(tổng đài|hotline|đường dây nóng)[^.\d]{0,10}\d|(tổng đài|hotline|đường dây nóng)\s*(của\s*)?(Viettel|VinaPhone|MobiFone)[^.\d]{0,10}\d/i,
    'no carrier hotline numbers: say "ask your carrier"',
  ],
  // 7
  [
    /(điện thoại|máy|phones?)[^.]{0,30}(chỉ |only )?2G[^.]{0,40}(vẫn (dùng|gọi|nghe|hoạt động)|còn (dùng|gọi|hoạt động) được|still work|still make calls|keep working)/i,
    '2G-only phones stopped working on 16/10/2024',
    DENIES,
  ],
  [
    /(toàn bộ|cả) (mạng|sóng) 2G[^.]{0,30}(đã (tắt|dừng|ngừng|đóng)|tắt rồi)|(đã (tắt|dừng|ngừng|đóng))[^.]{0,10}(toàn bộ|cả) (mạng|sóng) 2G|(whole|entire) 2G network[^.]{0,30}(is|was|has been|already)( already)? (off|closed|shut|switched off)|(shut|closed|switched off)( down)? the (whole|entire) 2G network/i,
    'the whole 2G network is only planned to close (9/2026); say what is certain: 2G-only phones stopped in 10/2024',
    /dự kiến|kế hoạch|planned|\bplan/i,
  ],
  // 8
  [
    /Play Protect[^.]{0,60}(mọi|tất cả|hết|all|every|100\s*%)[^.]{0,30}(mã độc|ứng dụng (xấu|độc|hại|có hại)|malware|harmful apps?|bad apps?)/i,
    'Play Protect does not stop all malware',
    DENIES,
  ],
  [
    /(không thể|không cách nào)\s+cài[^.]{0,40}(ngoài|nguồn khác|đường link)|(impossible|cannot|can['’]t|no way) to install[^.]{0,40}(outside|other sources|from (a )?links?)|(cannot|can['’]t) be installed[^.]{0,40}(outside|from other sources)/i,
    'installing from outside the store is possible (that is the danger): say "never do it"',
  ],
  // 9
  [
    /(luật|law)[^.]{0,80}(mở|open|kiểm tra|inspect|check)[^.]{0,30}(mọi|bất kỳ|\bany\b|every|all)[^.]{0,20}(gói|kiện|đơn|parcel|package)/i,
    'the consumer law does not guarantee opening any cash-on-delivery parcel before paying',
  ],
  [
    /(đổi trả|trả hàng|trả lại hàng|\breturns?\b)[^.]{0,30}(trong|within|of) (\d+|ba|bảy|three|seven)[- ](ngày|days?)|(\d+|ba|bảy|three|seven)[- ](ngày|days?)[^.]{0,20}(đổi trả|trả hàng|to return|return window|for returns)/i,
    'no fixed platform return windows: tell learners to read the shop’s return terms',
  ],
  // 10
  [
    /(trên|quá|vượt|hơn|above|over|more than|beyond) 20\s*%[^.]{0,60}(là tội|phạm tội|tội hình sự|bị truy cứu|(a|is a) crime|criminal|jail|prison|bị tù)|(tội|crime|criminal)[^.]{0,60}(trên|quá|vượt|above|over|more than) 20\s*%/i,
    'above 20% a year is not automatically a crime: the cap is for civil loans; the crime needs ≥5× plus an illegal-gain threshold',
    /không phải cứ|không tự động|chưa chắc|not automatically|is not (always )?a crime|isn['’]t (automatically )?a crime/i,
  ],
  [
    /(phải|must|have to|has to|need to)[^.]{0,20}(trả|pay)[^.]{0,40}(khoản|nợ|debts?|loans?)[^.]{0,40}(không vay|chưa (hề )?vay|never (took|borrowed)|did not (take|borrow)|didn['’]t (take|borrow))/i,
    'nobody owes an "app debt" they never took',
    /không (phải|cần) trả|không nợ|(do not|don['’]t|not|never) (have|need) to pay|owe nothing|owe no/i,
  ],
  // 11
  [
    /SIMO[^.]{0,60}(chặn|ngăn|block|stops?)/i,
    'SIMO mostly warns; the learner still decides',
    /không (tự động )?(chặn|ngăn)|chỉ cảnh báo|thường chỉ|not block|doesn['’]t (block|stop)|only warns?|mostly warns?|usually (only )?warns?/i,
  ],
  [
    /(chưa có thông tin|no information|no info)[^.]{0,60}(là an toàn|nghĩa là an toàn|an toàn rồi|is safe|means (it['’]s |it is )?safe|it['’]s safe)/i,
    'nTrust’s "no information" only means nobody reported it yet, not that it is safe',
    /(không|chưa) (có nghĩa|phải)|chưa chắc|does not mean|doesn['’]t mean|not mean/i,
  ],
  [
    /(\bNCA\b|Hiệp hội An ninh mạng)[^.]{0,40}(cơ quan nhà nước|của nhà nước|government agency|state agency|state body|part of the government)/i,
    'the National Cybersecurity Association (NCA) is not a state agency',
    DENIES,
  ],
  // 12
  [
    /canhbao\.ncsc/i,
    'a 2022 MIC/NCSC site, and the agency was reorganised in 2025: lead with 113 and the police',
  ],
  // 13
  [
    /(tổ công nghệ số|community digital teams?)[^.]{0,80}(cầm máy|giữ máy|mượn máy|take your phone|hold your phone|kích hoạt (mức 2 )?(hộ|giúp)|activate[^.]{0,20}for you|(cần|xin|hỏi) (mã )?(OTP|passcode|mật khẩu)|needs? your (OTP|passcode|password))/i,
    'a community digital team never takes your phone or needs your OTP, passcode or bank password; Level 2 is done in person at the police',
    DENIES,
  ],
  // 14
  [
    /(100\.000|100,000|100 nghìn|100 ngàn)\s*(đồng|đ|VND|dong)?[^.]{0,40}(Quốc khánh|2\/9|National Day)/i,
    'the 100,000-VND National Day gift (2/9/2025) was one-off, and scams used it',
    /lừa|scam|đã (kết thúc|xong|hết)|một lần|one-off|ended|was a/i,
  ],
  // 15
  [
    /(mật khẩu|password)[^.]{0,40}(ít nhất|tối thiểu|at least|minimum( of)?)\s*\d+\s*(ký tự|characters)|(mật khẩu|password)[^.]{0,60}(chữ (in )?hoa|ký tự đặc biệt|upper-?case|special characters?)/i,
    'no password-complexity rule: say "follow the app’s instructions"',
  ],
];

/**
 * A claim to catch, the reason, and optionally what in the same sentence shows it says the opposite
 * (a sentence putting the words together to deny the claim is what a lesson should write).
 */
type ClaimRule = readonly [pattern: RegExp, reason: string, unless?: RegExp];

/** Claims the fact sheet says we must not make, as patterns in both languages, with the reason. */
const MUST_NOT_CLAIM: ReadonlyArray<ClaimRule> = [
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
  ...MUST_NOT_CLAIM_2,
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

/** Claims checked sentence by sentence, with the reason a problem gives. */
const CLAIM_RULES: ReadonlyArray<ClaimRule> = MUST_NOT_CLAIM.map(
  ([pattern, why, unless]) => [pattern, `goes against the fact sheet: ${why}`, unless] as const,
);

/**
 * Where the statements of true/false questions answered "false" sit: a claim the learner is asked
 * to judge false, with an explanation of why, is the lesson teaching against it, so claim rules
 * skip it (numbers, addresses and retired wordings are still checked there).
 */
function judgedFalseStatements(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  for (const tag of text.matchAll(/<Question\b[^>]*>/g)) {
    if (!/\btype="true-false"/.test(tag[0]) || !/\banswer=\{false\}/.test(tag[0])) continue;
    const prompt = /\bprompt="([^"]*)"/.exec(tag[0]);
    if (!prompt) continue;
    const start = tag.index + prompt.index + 'prompt="'.length;
    ranges.push([start, start + prompt[1]!.length]);
  }
  return ranges;
}

/** A sentence putting Level 2 and "at home" together; it must say it can't be done. */
const LEVEL_TWO_AT_HOME =
  /(mức|level)\s*2[^.]{0,40}(tại nhà|ở nhà|at home)|(tại nhà|ở nhà|at home)[^.]{0,40}(mức|level)\s*2/i;
const NEGATION = /(không|chưa|not|cannot|can’t|can't)/i;

/** Words that tell someone to call or text the number after them. */
const SHORT_NUMBER_TO_CALL =
  /\b(?:gọi(?: điện)?(?: đến| tới| cho)?(?: số)?|call(?:ing)?|dial|ring|nhắn(?: tin)?(?: đến| tới| về)?|text(?:ing)?|soạn tin(?: gửi)?(?: đến)?|sms(?: to)?|hotline|đường dây nóng|tổng đài|số điện thoại|phone number|số)\s+\**(\d{3,6}(?:[ .]\d{4})?)\b/gi;

/**
 * Toll-free and premium numbers (1800…, 1900…), with or without a word to call them: a lesson may
 * name only the consumer hotline 1800 6838.
 */
const TOLL_SHAPED = /\b1[89]00[ .]?\d{4}\b(?![.,]\d)/g;

/** A number as digits only, the way `ALLOWED_NUMBERS` holds it. */
const digitsOf = (number: string) => number.replace(/\D/g, '');

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
  for (const match of text.matchAll(TOLL_SHAPED)) {
    if (!ALLOWED_NUMBERS.has(digitsOf(match[0])))
      problems.push({
        found: match[0],
        index: match.index,
        reason: `is not a number the fact sheet gives (call or text only ${ALLOWED_NUMBERS_TEXT})`,
      });
  }
  const numberStarts = new Set(problems.map((p) => p.index));
  for (const match of text.matchAll(SHORT_NUMBER_TO_CALL)) {
    // "Gọi 0912 345 678" is one mistake, already reported as a diallable number.
    const numberStart = match.index + match[0].length - match[1]!.length;
    if (!ALLOWED_NUMBERS.has(digitsOf(match[1]!)) && !numberStarts.has(numberStart)) {
      problems.push({
        found: match[0],
        index: match.index,
        reason: `is not a number the fact sheet gives (call or text only ${ALLOWED_NUMBERS_TEXT})`,
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
  const judgedFalse = judgedFalseStatements(text);
  const isJudgedFalse = (index: number) => judgedFalse.some(([start, end]) => index >= start && index < end);
  for (const sentence of sentences(text)) {
    for (const rules of [CLAIM_RULES, RETIRED_WORDINGS]) {
      for (const [pattern, reason, unless] of rules) {
        const match = pattern.exec(sentence.text);
        const index = sentence.index + (match?.index ?? 0);
        if (match && !unless?.test(sentence.text) && !(rules === CLAIM_RULES && isJudgedFalse(index)))
          problems.push({ found: match[0], index, reason });
      }
    }
    if (
      LEVEL_TWO_AT_HOME.test(sentence.text) &&
      !NEGATION.test(sentence.text) &&
      !isJudgedFalse(sentence.index + sentence.text.search(LEVEL_TWO_AT_HOME))
    ) {
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
