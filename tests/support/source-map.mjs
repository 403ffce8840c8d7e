// Reading a source map without a dependency: base64 VLQ mappings decoded into segments.

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One decoded line of `mappings`: [generatedColumn, sourceIndex, originalLine, originalColumn, name?] per segment, absolute. */
function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = base64.indexOf(char);
    if (digit < 0) throw new Error(`not base64 VLQ: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Every mapping of a v3 source map as { generatedLine, generatedColumn, source, originalLine,
 * originalColumn } with zero-based lines and columns.
 */
export function decodeMappings(map) {
  const out = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  map.mappings.split(';').forEach((line, generatedLine) => {
    let generatedColumn = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [column, sourceDelta, lineDelta, columnDelta] = decodeVlq(segment);
      generatedColumn += column;
      if (sourceDelta === undefined) continue;
      source += sourceDelta;
      originalLine += lineDelta;
      originalColumn += columnDelta;
      out.push({ generatedLine, generatedColumn, source, originalLine, originalColumn });
    }
  });
  return out;
}

const identifier = /^[A-Za-z_$][\w$]*/;

/**
 * For each mapping that starts an identifier of at least `minLength` characters in the generated code
 * and points into one of `sources` (indices) at an identifier too: whether it is the same identifier.
 * A map that points at wrong lines or columns names a different identifier almost everywhere.
 * Returns the count of agreeing identifiers per source, and every disagreement.
 */
export function identifierAgreement(code, map, { minLength = 4, include = () => true } = {}) {
  const generatedLines = code.split('\n');
  const originals = (map.sourcesContent ?? []).map((content) => (content ?? '').split('\n'));
  const same = new Map();
  const differ = [];
  for (const m of decodeMappings(map)) {
    if (!include(map.sources[m.source])) continue;
    const generated = identifier.exec(generatedLines[m.generatedLine]?.slice(m.generatedColumn) ?? '')?.[0];
    if (!generated || generated.length < minLength) continue;
    const original = identifier.exec(originals[m.source]?.[m.originalLine]?.slice(m.originalColumn) ?? '')?.[0];
    if (!original) continue;
    if (original === generated) same.set(map.sources[m.source], (same.get(map.sources[m.source]) ?? 0) + 1);
    else differ.push({ ...m, sourceName: map.sources[m.source], generated, original });
  }
  return { same, differ };
}

/**
 * Differences that compilers make on purpose, not map errors: a name renamed to avoid a clash
 * (`round$1`), `undefined` written `void 0`, a default JSON import, a helper, TypeScript-only
 * modifiers and literals a field initializer leaves behind.
 */
function expectedRewrite({ generated, original }) {
  if (generated.replace(/\$\d+$/, '') === original) return true;
  if (generated === 'void' && original === 'undefined') return true;
  if (/^_|_default$/.test(generated)) return true;
  return ['export', 'readonly', 'private', 'public', 'protected', 'declare', 'override', 'abstract', 'static', 'async', 'null', 'false', 'true'].includes(original) || generated === 'this';
}

/** Per source file whose name matches `include`: identifiers the map names rightly (`same`), and those it does not (`wrong`). */
export function mapAccuracy(code, map, include) {
  const { same, differ } = identifierAgreement(code, map, { include });
  const files = new Map();
  for (const name of map.sources) if (include(name)) files.set(name, { same: same.get(name) ?? 0, wrong: [] });
  for (const m of differ) {
    if (expectedRewrite(m)) continue;
    files.get(m.sourceName).wrong.push(`${m.sourceName}:${m.originalLine + 1}:${m.originalColumn + 1} maps "${m.generated}" to "${m.original}"`);
  }
  return files;
}
