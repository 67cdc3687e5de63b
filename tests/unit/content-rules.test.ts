import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findExampleMessageProblems,
  findLessonSourceProblems,
  findLessonTextProblems,
  findSourceProblems,
  isBareHomePage,
  learnerText,
  unsafeExampleProblems,
} from '../../src/lib/build/content-rules';
import { readFactSheetUrls, urlsInFactSheet } from '../../src/lib/build/fact-sheets';

const reasons = (text: string) => findLessonTextProblems(text).map((p) => `"${p.found}" ${p.reason}`);

describe('lesson text: every fact-sheet rule bites, in both languages', () => {
  it.each([
    ['Gọi ngay 0912 345 678 để được hỗ trợ', '"0912 345 678" looks like a diallable phone number'],
    ['Call +84 24 3822 1234 now', '"+84 24 3822 1234" looks like a diallable phone number'],
    ['Hãy gọi 114 khi có cháy', '"gọi 114" is not a number the fact sheet gives'],
    ['Gọi tổng đài\n1900 để hỏi', 'is not a number the fact sheet gives'],
    ['text 8088 to register', '"text 8088" is not a number the fact sheet gives'],
    [
      'Vào https://vneid-capnhat.com để cập nhật',
      '"https://vneid-capnhat.com" is not a site the fact sheet names',
    ],
    ['Xem tại dichvucongs.top', '"dichvucongs.top" is not a site the fact sheet names'],
    ['Open [the portal](https://www.dichvucong.gov.vn)', '"https://www.dichvucong.gov.vn" is not a site'],
    ['<Part flag>vneid-update.com</Part>', '"vneid-update.com" is not a site'],
    ['Step 1.vneid-update.com', '"1.vneid-update.com" is not a site'],
    ['Nộp hồ sơ ở UBND huyện', '"UBND huyện" goes against the fact sheet: districts no longer exist'],
    ['Lên ủy ban nhân dân cấp huyện', 'districts no longer exist'],
    ['Go to the district office', '"district" goes against the fact sheet: districts no longer exist'],
    ['Người dân tỉnh Kiên Giang', '"tỉnh Kiên Giang" goes against the fact sheet: Kiên Giang merged'],
    ['People in Kien Giang province', 'Kiên Giang merged into An Giang'],
    ['Báo cáo ở canhbao.khonggianmang.gov.vn', 'goes against the fact sheet: unconfirmed warning portal'],
    ['Mật khẩu từ 8 đến 20 ký tự', 'no fixed password rule'],
    ['Use a password of 8-20 characters', 'no fixed password rule'],
    ['NAPAS 247 có hạn mức 500 triệu mỗi lần', 'NAPAS 247 limits are set by each bank'],
    ['NAPAS 247 has a limit per transfer', 'NAPAS 247 limits are set by each bank'],
    ['Cửa hàng bán trên 100 triệu là nơi tin cậy', 'no 100-million trusted-merchant exemption'],
    ['A trusted merchant skips the face check', 'no 100-million trusted-merchant exemption'],
    ['Người dân mất hơn 6.000 tỷ đồng', 'not an official figure'],
    ['People lost 6,000 billion dong', 'not an official figure'],
    ['chongluadao.vn là trang của nhà nước', 'chongluadao.vn and nTrust are not government services'],
    ['nTrust is a government app', 'chongluadao.vn and nTrust are not government services'],
    ['Bộ Thông tin và Truyền thông cảnh báo', 'merged into the Ministry of Science and Technology'],
    ['The Ministry of Information and Communications warns', 'merged into the Ministry of Science'],
    ['Video deepfake luôn bị mờ', 'deepfake signs are not reliable'],
    ['A deepfake call is always blurry', 'deepfake signs are not reliable'],
    ['Bạn có thể làm tài khoản mức 2 ngay tại nhà.', 'Level 2 cannot be done fully at home'],
    ['You can get Level 2 at home in minutes.', 'Level 2 cannot be done fully at home'],
  ])('%j', (text, reason) => {
    expect(reasons(text).join(' | ')).toContain(reason);
  });

  it.each([
    'Gọi 113 (miễn phí, 24/7), nhắn tin đến 5656 hoặc gọi 156.',
    'Call 113, text 5656 or call 156.',
    'Tin nhắn từ 09xx xxx xxx với link https://vneid-capnhat.invalid hoặc http://shop.example.com/pay',
    'Vào dichvucong.gov.vn hoặc kiểm tra tại tinnhiemmang.vn/website-lua-dao.',
    'Check **mps.gov.vn** and bocongan.gov.vn, or report at chongluadao.vn.',
    'Mức 2 không làm được hoàn toàn tại nhà.',
    'Level 2 cannot be done fully at home; you must go to the commune police.',
    'Chuyển trên 10 triệu đồng phải xác thực khuôn mặt. Ngày 1/7/2024, Nghị định 69/2024.',
    'Transfers over 2.000.000 đồng are common.',
    'Số định danh cá nhân có trên thẻ căn cước.',
    'Bước 2.Tap "Kích hoạt".',
    'Xem hình mockup.svg và tệp lesson.mdx.',
  ])('allows %j', (text) => {
    expect(reasons(text)).toEqual([]);
  });

  it('reports each problem where it stands in the text', () => {
    const text = 'Đầu bài. Nộp ở UBND huyện. Gọi 0912 345 678.';
    expect(findLessonTextProblems(text).map(({ found, index }) => [found, index])).toEqual([
      ['UBND huyện', text.indexOf('UBND huyện')],
      ['0912 345 678', text.indexOf('0912')],
    ]);
  });
});

describe('fact sheet part 2: the consumer hotline and online.gov.vn, and nothing like them', () => {
  it.each([
    'Gọi đường dây nóng 1800 6838 (miễn phí) của Ủy ban Cạnh tranh Quốc gia.',
    'Call the free consumer hotline 1800.6838.',
    'Tổng đài 18006838 nhận phản ánh của người tiêu dùng.',
    'Xem cửa hàng đã đăng ký chưa tại online.gov.vn.',
    'Check the shop at https://online.gov.vn first.',
  ])('allows %j', (text) => {
    expect(reasons(text)).toEqual([]);
  });

  it.each([
    ['Gọi 1800 6839 để khiếu nại', '"1800 6839" is not a number the fact sheet gives'],
    ['Tổng đài hỗ trợ: 1900 1234', '"1900 1234" is not a number the fact sheet gives'],
    ['Call 1800.1234 for help', '"1800.1234" is not a number the fact sheet gives'],
    ['Kiểm tra tại onlinegov.vn', '"onlinegov.vn" is not a site the fact sheet names'],
    ['Check it at online-gov.vn', '"online-gov.vn" is not a site the fact sheet names'],
  ])('%j', (text, reason) => {
    expect(reasons(text).join(' | ')).toContain(reason);
  });

  it('keeps the consumer hotline out of made-up scam messages', () => {
    expect(unsafeExampleProblems('Gọi 1800 6838 để được hoàn tiền')).toHaveLength(1);
  });
});

describe('fact sheet part 2: every "must not claim" item bites, and its denial passes', () => {
  // [sheet item, claim that must be rejected, reason it gives, a sentence a lesson may write]
  it.each([
    [
      1,
      'Người cao tuổi vẫn được cấp thẻ BHYT giấy.',
      'paper health-insurance cards are issued in three cases only',
      'Người cao tuổi không tự động được cấp thẻ giấy.',
    ],
    [
      1,
      'Older people still get paper cards.',
      'three cases only',
      'Older people do not get paper cards just for their age.',
    ],
    [
      2,
      'Theo Thông tư 05/2024, bằng lái trên VNeID là hợp lệ.',
      'Circular 05/2024/TT-BGTVT is not re-verified',
      'Mang theo bằng lái thật khi đi xa.',
    ],
    [
      2,
      'A driving licence in VNeID is always enough.',
      'neither "always enough" nor "never enough"',
      'Carry your licence card too.',
    ],
    [
      3,
      'VNeID làm theo Quyết định 34/2021/QĐ-TTg.',
      'Decision 34/2021/QĐ-TTg is superseded',
      'VNeID làm theo Nghị định 69/2024.',
    ],
    [
      3,
      'A dependant must earn under 1 million a month.',
      'no 1-million-VND income rule',
      'Add a child under 14 to your account.',
    ],
    [
      4,
      'Trợ cấp mai táng là 23,4 triệu đồng.',
      '10 × the reference level in the month of death',
      'Trợ cấp mai táng bằng 10 lần mức tham chiếu.',
    ],
    [
      4,
      'Every family can claim the funeral allowance online.',
      'for social-insurance cases only',
      'Not every family can claim the funeral allowance.',
    ],
    [
      5,
      'Đăng ký khai tử luôn miễn phí.',
      'free only within 15 days',
      'Đăng ký khai tử trong 15 ngày thì miễn phí.',
    ],
    [
      5,
      'Death registration is one of the 25 essential services.',
      'not verified as one of the 25 essential online services',
      'Death registration can be filed online.',
    ],
    [
      6,
      'Soạn KT gửi 994 để kiểm tra.',
      'may be out of date: say "ask your carrier"',
      'Hỏi nhà mạng của bạn.',
    ],
    [
      6,
      'Call the Viettel hotline on 18008098.',
      'no carrier hotline numbers',
      'Ask your carrier at its shop.',
    ],
    [
      7,
      'Điện thoại chỉ có 2G vẫn gọi được bình thường.',
      '2G-only phones stopped working on 16/10/2024',
      'Điện thoại chỉ có 2G không còn gọi được từ 16/10/2024.',
    ],
    [
      7,
      'The whole 2G network has been switched off.',
      'only planned to close (9/2026)',
      'The whole 2G network is planned to be switched off.',
    ],
    [
      8,
      'Play Protect chặn mọi ứng dụng có hại.',
      'Play Protect does not stop all malware',
      'Play Protect không chặn được mọi ứng dụng có hại.',
    ],
    [
      8,
      'It is impossible to install apps from links.',
      'installing from outside the store is possible',
      'Never install apps from links.',
    ],
    [
      9,
      'Luật cho bạn quyền mở mọi gói hàng trước khi trả tiền.',
      'does not guarantee opening any cash-on-delivery parcel',
      'Luật cấm người bán ngăn bạn kiểm tra hàng, trừ khi luật khác cho phép.',
    ],
    [
      9,
      'Shopee lets you return goods within 7 days.',
      'no fixed platform return windows',
      'Read the shop’s return terms before you buy.',
    ],
    [
      10,
      'Cho vay lãi trên 20% một năm là phạm tội.',
      'above 20% a year is not automatically a crime',
      'Lãi giữa cá nhân tối đa 20% một năm; phần vượt không có giá trị.',
    ],
    [
      10,
      'Loans above 20% a year are a crime.',
      'above 20% a year is not automatically a crime',
      'Other laws may differ, and above 20% is not automatically a crime.',
    ],
    [
      10,
      'Lãi quá 20% một năm là tội hình sự.',
      'above 20% a year is not automatically a crime',
      'Luật khác có thể quy định khác, và không phải cứ trên 20% là tội hình sự.',
    ],
    [
      10,
      'You must pay the app debt even if you never borrowed.',
      'nobody owes an "app debt" they never took',
      'You do not have to pay a debt you never borrowed.',
    ],
    [
      11,
      'SIMO chặn các giao dịch lừa đảo.',
      'SIMO mostly warns',
      'SIMO thường chỉ cảnh báo, bạn vẫn tự quyết.',
    ],
    [
      11,
      'If nTrust shows "no information", it is safe.',
      '"no information" only means nobody reported it yet',
      'nTrust "no information" does not mean it is safe.',
    ],
    [11, 'NCA là cơ quan nhà nước.', 'not a state agency', 'NCA không phải cơ quan nhà nước.'],
    [
      12,
      'Báo cáo tại canhbao.ncsc.gov.vn.',
      'agency was reorganised in 2025',
      'Báo công an xã, phường hoặc gọi 113.',
    ],
    [
      13,
      'Tổ công nghệ số sẽ cầm máy để kích hoạt mức 2 giúp bạn.',
      'never takes your phone or needs your OTP',
      'Tổ công nghệ số không bao giờ xin mã OTP của bạn.',
    ],
    [
      14,
      'Nhận quà 100.000 đồng dịp Quốc khánh qua VNeID.',
      'was one-off, and scams used it',
      'Quà 100.000 đồng dịp Quốc khánh 2/9/2025 chỉ có một lần.',
    ],
    [
      15,
      'Mật khẩu VNeID phải có chữ hoa và ký tự đặc biệt.',
      'no password-complexity rule',
      'Đặt mật khẩu theo hướng dẫn của ứng dụng.',
    ],
    [
      15,
      'Your password needs at least 8 characters.',
      'no password-complexity rule',
      'Follow the app’s instructions.',
    ],
  ])('item %i: %j', (_item, claim, reason, denial) => {
    const found = reasons(claim).join(' | ');
    expect(found).toContain('goes against the fact sheet: ');
    expect(found).toContain(reason);
    expect(reasons(denial)).toEqual([]);
  });
});

describe('made-up scam messages: addresses and numbers lead nowhere', () => {
  it.each([
    ['https://vneid-capnhat.invalid', 0],
    ['http://shop.example.com/pay', 0],
    ['gọi 09xx xxx xxx', 0],
    ['dichvucong.gov.vn', 1],
    ['www.vneid-update.com', 1],
    ['+84 912 345 678', 1],
    ['Số tiền 2.000.000 đồng', 1],
    ['trong vòng 24 giờ', 0],
  ])('%s → %i problem(s)', (text, count) => {
    expect(unsafeExampleProblems(text)).toHaveLength(count);
  });

  it('refuses even an official site, which a lesson may name', () => {
    expect(findLessonTextProblems('Vào dichvucong.gov.vn')).toEqual([]);
    expect(unsafeExampleProblems('Vào dichvucong.gov.vn')).toEqual([
      '"dichvucong.gov.vn" could be real; use a .invalid or example.com address',
    ]);
  });

  it('names the number and how to write it', () => {
    expect(findExampleMessageProblems('Gọi 0912 345 678 ngay')).toEqual([
      {
        found: '0912 345 678',
        index: 4,
        reason: 'looks like a diallable phone number; write it like 09xx xxx xxx',
      },
    ]);
  });
});

describe('a lesson file: what learners read, with line numbers', () => {
  const mdx = [
    '---',
    'title: Bài thử',
    'sources:',
    '  - title: Nguồn',
    '    url: https://vnexpress.net/some-article',
    'summary: Gọi 114 khi cần.',
    '---',
    '',
    '<PhoneScreen src="/lessons/a/screen.svg" />',
    'Nộp ở UBND huyện.',
  ].join('\n');

  it('keeps front matter and body, drops citations and image paths, keeps line numbers', () => {
    const lines = learnerText(mdx).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe('title: Bài thử');
    expect(lines.slice(2, 5)).toEqual(['', '', '']);
    expect(lines[5]).toBe('summary: Gọi 114 khi cần.');
    expect(lines[8]).toBe('<PhoneScreen  />');
  });

  it('names file, line, the text and the reason', () => {
    expect(findLessonSourceProblems('content/lessons/vi/a.mdx', mdx)).toEqual([
      'content/lessons/vi/a.mdx:6 → "Gọi 114" is not a number the fact sheet gives (call or text only 113, 5656, 156, 1800 6838)',
      'content/lessons/vi/a.mdx:10 → "UBND huyện" goes against the fact sheet: districts no longer exist since 1/7/2025 (say commune/ward)',
    ]);
  });
});

describe('every lesson keeps to the fact sheet', () => {
  const root = resolve(import.meta.dirname, '../..');
  const lessonsDir = join(root, 'content/lessons');
  const lessonFiles = readdirSync(lessonsDir).flatMap((locale) =>
    readdirSync(join(lessonsDir, locale))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => `content/lessons/${locale}/${name}`),
  );

  it('finds the lessons in both languages', () => {
    expect(lessonFiles.filter((file) => file.includes('/vi/')).length).toBeGreaterThanOrEqual(2);
    expect(lessonFiles.filter((file) => file.includes('/en/')).length).toBeGreaterThanOrEqual(2);
  });

  const sheetUrls = readFactSheetUrls(join(root, 'content/facts'));
  it.each(lessonFiles)('%s', (file) => {
    const mdx = readFileSync(join(root, file), 'utf8');
    expect(findLessonSourceProblems(file, mdx)).toEqual([]);
    // Every cited address is an article from the fact sheets (the build reads the parsed list).
    const urls = [...mdx.matchAll(/^ {4}url: (\S+)$/gm)].map((m) => ({ title: '', url: m[1]! }));
    expect(findSourceProblems(file, urls, sheetUrls)).toEqual([]);
  });
});

describe('wordings retired in review', () => {
  it.each([
    ['Dấu hiệu 4: Bắt giữ bí mật.', 'reads as "secret arrest": write "Bắt bạn giữ bí mật"'],
    [
      'Quảng cáo "mật ong rừng U Minh" nhưng hàng ở nơi khác.',
      'U Minh honey is a real product of our readers’ region: invent a place for a false claim',
    ],
    ['Tự nó không phải dấu hiệu.', 'plain Vietnamese: "Câu này bình thường, không phải dấu hiệu lừa đảo"'],
    ['Chọn tất cả câu đúng.', 'plain Vietnamese: "Chọn tất cả các ý đúng", or leave it to the hint'],
    ['Có là lừa đảo.', 'not every "yes" is a scam: "Có thì dừng lại và kiểm tra"'],
    ['Over 831,000 customers cancelled.', 'SIMO counts times (lượt), not people'],
    ['Open the platforms app.', 'write "platform’s app"'],
    [
      'Từ 1/1/2025, theo Thông tư 50/2024 của Ngân hàng Nhà nước, ngân hàng không gửi link.',
      'plain rule first, then the law in brackets: "…, trừ khi bạn yêu cầu (theo Thông tư 50/2024)"',
    ],
  ])('%s', (text, reason) => {
    expect(findLessonTextProblems(text).map((p) => p.reason)).toEqual([reason]);
  });

  it('leaves the rewritten wordings alone', () => {
    expect(
      findLessonTextProblems(
        'Dấu hiệu 4: Bắt bạn giữ bí mật. Có thì dừng lại và kiểm tra. Chọn tất cả các ý đúng. Mật ong rừng Hòn Mây. Nộp ở xã khác (theo Nghị định 120/2025, đến 1/3/2027).',
      ),
    ).toEqual([]);
  });
});

describe('true/false statements the learner judges false', () => {
  const question = (answer: boolean, prompt: string) =>
    `<Question id="x" type="true-false" prompt="${prompt}" answer={${String(answer)}} explanation="Sai, vì …" />`;

  it('may state a claim the fact sheet rules out: the question teaches against it', () => {
    expect(
      findLessonTextProblems(question(false, 'Death registration is always free, however late it is.')),
    ).toEqual([]);
    expect(
      findLessonTextProblems(
        question(false, 'Từ 1/6/2025, người lớn tuổi nào cũng tự động được cấp thẻ BHYT giấy.'),
      ),
    ).toEqual([]);
  });

  it('may not state it as true, nor outside the statement', () => {
    expect(reasons(question(true, 'Death registration is always free, however late it is.'))).toEqual([
      '"Death registration is always free" goes against the fact sheet: death registration is free only within 15 days; late registration pays a fee',
    ]);
    expect(
      findLessonTextProblems(`${question(false, 'Hỏi gì đó.')} Death registration is always free.`).map(
        (p) => p.found,
      ),
    ).toEqual(['Death registration is always free']);
  });

  it('still has its numbers and addresses checked', () => {
    expect(
      findLessonTextProblems(question(false, 'Gọi 0912 345 678 là an toàn.')).map((p) => p.reason),
    ).toEqual(['looks like a diallable phone number; write it like 09xx xxx xxx']);
  });
});

describe('sources a reader can check', () => {
  const sheet = new Set(['https://news.example.com/article-1.html']);
  it('accepts an article from the fact sheets, and a source the sheets give no link for', () => {
    expect(
      findSourceProblems(
        'content/lessons/vi/a.mdx',
        [{ title: 'A', url: 'https://news.example.com/article-1.html' }, { title: 'B (not linked)' }],
        sheet,
      ),
    ).toEqual([]);
  });

  it('rejects a bare home page and an address the sheets don’t give, naming the entry', () => {
    expect(
      findSourceProblems(
        'content/lessons/vi/a.mdx',
        [
          { title: 'A', url: 'https://cafef.vn/' },
          { title: 'B', url: 'https://news.example.com/other.html' },
        ],
        sheet,
      ),
    ).toEqual([
      'content/lessons/vi/a.mdx → sources[0].url: "https://cafef.vn/" is a home page, not the article; link the article the fact sheets (content/facts/) give, or leave url out where they give none',
      'content/lessons/vi/a.mdx → sources[1].url: "https://news.example.com/other.html" is not in the fact sheets (content/facts/); cite the article URL a sheet gives, exactly, or add the source to the sheet first',
    ]);
    expect(isBareHomePage('https://cafef.vn')).toBe(true);
    expect(isBareHomePage('https://cafef.vn/?p=1')).toBe(false);
  });

  it('reads every article address from the fact sheets, without trailing punctuation', () => {
    expect(
      urlsInFactSheet('- [9] a: https://a.example.com/x.html ; b: https://b.example.com/y.htm.'),
    ).toEqual(['https://a.example.com/x.html', 'https://b.example.com/y.htm']);
    const urls = readFactSheetUrls();
    expect(urls.size).toBeGreaterThan(100);
    expect(urls).toContain(
      'https://nld.com.vn/ngan-chan-hon-26-trieu-giao-dich-ngan-hang-dang-ngo-196260202172826613.htm',
    );
  });
});
