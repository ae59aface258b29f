import { describe, expect, it } from 'vitest';
import { cdataText } from '../../src/lib/feeds';
import { icsText } from '../../src/lib/ics';
import { multiLine, singleLine } from '../../src/lib/plain-text';
import { xmlSafe } from '../../src/lib/xml-text';
import { strictXml } from '../helpers/xml';

describe('singleLine', () => {
  it('turns every run of line breaks and control characters, with the spaces around it, into one space', () => {
    expect(singleLine('Konferencja\r\nEND:VEVENT\r\nBEGIN:VEVENT')).toBe('Konferencja END:VEVENT BEGIN:VEVENT');
    expect(singleLine('A \r\n\r\n B\rC\nD\tE\u000BF\u0001G\u0085H\u2028I\u2029J\u007FK\u009FL')).toBe('A B C D E F G H I J K L');
    expect(singleLine('\r\n  Gliwice \n')).toBe('Gliwice');
  });

  it('leaves ordinary text alone, inner double spaces and Polish letters included', () => {
    expect(singleLine('Zażółć  gęślą jaźń – „Śląsk”')).toBe('Zażółć  gęślą jaźń – „Śląsk”');
    expect(singleLine('')).toBe('');
  });
});

describe('multiLine', () => {
  it('writes CRLF, CR, NEL, U+2028 and U+2029 as \\n and drops other control characters but tab', () => {
    expect(multiLine('a\r\nb\rc\nd\u0085e\u2028f\u2029g')).toBe('a\nb\nc\nd\ne\nf\ng');
    expect(multiLine('a\u0000b\u0001c\u000Bd\u000Ce\u001Ff\u007Fg\u0090h\ti')).toBe('abcdefgh\ti');
  });

  it('leaves ordinary text alone', () => {
    expect(multiLine('Akapit pierwszy.\n\nAkapit drugi – „cytat”.')).toBe('Akapit pierwszy.\n\nAkapit drugi – „cytat”.');
  });
});

describe('xmlSafe', () => {
  it('removes exactly the characters XML 1.0 forbids: C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone surrogates', () => {
    expect(xmlSafe('A\u0000B\u0001C\u0008D\u000BE\u000CF\u001FG\uFFFEH\uFFFFI\uD800J\uDC00K')).toBe('ABCDEFGHIJK');
    expect(xmlSafe('tab\tLF\nCR\r.')).toBe('tab\tLF\nCR\r.');
  });

  it('keeps every other character, astral ones (a surrogate pair) included', () => {
    const text = 'Zażółć 🏭 \u007F\u0085\uE000\uFFFD – <&>';
    expect(xmlSafe(text)).toBe(text);
  });

  it('makes any text acceptable to a strict XML parser', () => {
    const hostile = Array.from({ length: 0x30 }, (_, code) => String.fromCharCode(code)).join('') + '\uD7FF\uD800\uDFFF\uFFFE\uFFFF';
    const escaped = xmlSafe(hostile).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    expect(strictXml(`<a>${escaped}</a>`).text).toBe(xmlSafe(hostile).replace(/\r\n?/g, '\n'));
  });
});

describe('cdataText', () => {
  it('leaves text without "]]>" alone', () => {
    expect(cdataText('a]]b>c] ]>')).toBe('a]]b>c] ]>');
  });

  it('splits every "]]>" but the first, which the XML writer splits itself', () => {
    expect(cdataText(']]>')).toBe(']]>');
    expect(cdataText('a]]>b]]>c]]>')).toBe('a]]>b]]]]><![CDATA[>c]]]]><![CDATA[>');
  });
});

describe('icsText', () => {
  it('escapes backslash, semicolon, comma and line breaks as RFC 5545 TEXT', () => {
    expect(icsText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});
