/**
 * The binary layout of `keywords.bin`: a length-prefixed JSON header (terms, counts), then every
 * array back to back, 4-byte aligned, so loading is one parse of the dictionary and typed-array views.
 */
import type { Postings } from './postings.js';

const MAGIC = 0x57_4b_51_41; // "AQKW", little-endian

interface Header {
  version: number;
  documentCount: number;
  terms: string[];
  fields: Array<{ averageLength: number; postings: number }>;
}

/** Serialises postings: a length-prefixed JSON header, then each field's arrays, 4-byte aligned. */
export function encodePostings(postings: Postings, version: number): Buffer {
  const header: Header = {
    version,
    documentCount: postings.documentCount,
    terms: postings.terms,
    fields: postings.fields.map((field) => ({
      averageLength: field.averageLength,
      postings: field.documents.length,
    })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const padding = (4 - (headerBytes.length % 4)) % 4;
  const arrays = [
    ...postings.fields.flatMap((field) => [field.lengths, field.offsets, field.documents, field.frequencies]),
    postings.counted,
  ];
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(headerBytes.length, 4);
  return Buffer.concat([
    prefix,
    headerBytes,
    Buffer.alloc(padding),
    ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
  ]);
}

/** Reads what {@link encodePostings} wrote; throws when the data is not postings of this version. */
export function decodePostings(data: Buffer, version: number): Postings {
  if (data.length < 8 || data.readUInt32LE(0) !== MAGIC) throw new Error('not a keyword index');
  const headerLength = data.readUInt32LE(4);
  const header = JSON.parse(data.subarray(8, 8 + headerLength).toString('utf8')) as Header;
  if (header.version !== version)
    throw new Error(`keyword index version ${header.version}, expected ${version}`);
  // Typed arrays need 4-byte alignment; small Buffers may sit at any offset in Node's pool.
  const aligned = data.byteOffset % 4 === 0 ? data : Buffer.from(data);
  let offset = aligned.byteOffset + 8 + headerLength + ((4 - (headerLength % 4)) % 4);
  const take = (length: number): Uint32Array => {
    if (offset + length * 4 > aligned.byteOffset + aligned.length)
      throw new Error('keyword index is truncated');
    const array = new Uint32Array(aligned.buffer, offset, length);
    offset += length * 4;
    return array;
  };
  const termCount = header.terms.length;
  const fields = header.fields.map((field) => ({
    lengths: take(header.documentCount),
    offsets: take(termCount + 1),
    documents: take(field.postings),
    frequencies: take(field.postings),
    averageLength: field.averageLength,
  }));
  const counted = take(termCount);
  const termIds = new Map(header.terms.map((term, id) => [term, id]));
  return { documentCount: header.documentCount, terms: header.terms, termIds, fields, counted };
}
