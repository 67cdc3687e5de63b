import { describe, expect, it } from 'vitest';
import { pickVoice, speechChunks } from '../../src/lib/speech';

describe('pickVoice', () => {
  const voices = [
    { name: 'English', lang: 'en-US', localService: true, default: true },
    { name: 'Tiếng Việt online', lang: 'vi-VN', localService: false },
    { name: 'Tiếng Việt', lang: 'vi_VN', localService: true },
  ];

  it('picks a voice in the page language, on-device first so it works offline', () => {
    expect(pickVoice(voices, 'vi')?.name).toBe('Tiếng Việt');
    expect(pickVoice(voices, 'en')?.name).toBe('English');
  });

  it('finds none when the device has no voice for the language', () => {
    expect(pickVoice(voices.slice(0, 1), 'vi')).toBeUndefined();
    expect(pickVoice(voices.slice(0, 0), 'vi')).toBeUndefined();
  });
});

describe('speechChunks', () => {
  it('speaks a step sentence by sentence', () => {
    expect(speechChunks('Bước 2. Quét mã.  Đưa camera vào mã QR!\nXong rồi?')).toEqual([
      'Bước 2.',
      'Quét mã.',
      'Đưa camera vào mã QR!',
      'Xong rồi?',
    ]);
  });

  it('says nothing for an empty step', () => {
    expect(speechChunks('  ')).toEqual([]);
  });
});
