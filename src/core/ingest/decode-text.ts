import { createRequire } from 'node:module';
import type chardetModule from 'chardet';
import type iconvModule from 'iconv-lite';
import { ExtractionError } from './types.js';

// Loaded only for text that is not plain UTF-8: most files and every answer never need them.
const require = createRequire(import.meta.url);
const iconv = (): typeof iconvModule => require('iconv-lite') as typeof iconvModule;
const chardet = (): typeof chardetModule => require('chardet') as typeof chardetModule;

/** Bytes the encoding detector looks at: enough to tell encodings apart, cheap on 50 MB files. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

/** Share of control characters above which decoded "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.002;

const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding announced by a byte-order mark, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const mark = BYTE_ORDER_MARKS.find((candidate) =>
    candidate.bytes.every((byte, index) => bytes[index] === byte),
  );
  return mark ? { encoding: mark.encoding, length: mark.bytes.length } : undefined;
}

/**
 * Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252 (WHATWG Encoding Standard): files
 * saved on Windows use its curly quotes and dashes in 0x80–0x9F, which Latin-1 maps to controls.
 */
const WHATWG_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

function detectEncoding(bytes: Uint8Array, declared?: string): string {
  if (declared && iconv().encodingExists(declared)) return WHATWG_ALIASES[declared.toLowerCase()] ?? declared;
  const candidates = chardet().analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
  const usable = candidates.find((candidate) => iconv().encodingExists(candidate.name));
  const name = (usable?.name ?? 'windows-1252').toLowerCase();
  return WHATWG_ALIASES[name] ?? name;
}

/** True for characters that never occur in text: C0 controls other than tab, line breaks and form feed; DEL; C1 controls. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** Any character {@link checkLooksLikeText} counts: a control (see {@link isControl}) or U+FFFD. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPECT_CHARACTER = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;

/** Throws "not text" when the decoded characters are mostly not text (binary data under a text name). */
function checkLooksLikeText(text: string): void {
  // Most text holds none of the characters counted below: one native scan settles it, where the
  // loop cost a corpus build milliseconds before it was optimised.
  if (!SUSPECT_CHARACTER.test(text)) return;
  let controls = 0;
  let replacements = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // The detail follows the reason ("not text (…)"): it says why, without repeating "not text".
    if (code === 0) throw new ExtractionError('not text', 'binary data: it holds NUL bytes');
    if (isControl(code)) controls += 1;
    else if (code === 0xfffd) replacements += 1;
  }
  const limit = Math.max(2, text.length * MAX_CONTROL_SHARE);
  if (controls > limit || replacements > Math.max(8, text.length * 0.01)) {
    throw new ExtractionError('not text', 'binary data: control characters throughout');
  }
}

/**
 * Decodes a text file's bytes: a byte-order mark wins (UTF-8, UTF-16, UTF-32), then strict UTF-8,
 * then the encoding chardet detects (Windows-1252 for most old Western files). Throws an
 * ExtractionError with reason "not text" for binary data.
 * @param declared an encoding the source announced (an HTTP charset or `<meta charset>`), if any.
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: string } {
  const mark = byteOrderMark(bytes);
  let text: string;
  let encoding: string;
  if (mark) {
    encoding = mark.encoding;
    text = iconv().decode(
      Buffer.from(bytes.buffer, bytes.byteOffset + mark.length, bytes.length - mark.length),
      encoding,
    );
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = detectEncoding(bytes, declared);
      text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
    }
  }
  checkLooksLikeText(text);
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
