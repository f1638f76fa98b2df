/**
 * restify loads spdy, whose http-deceiver calls `process.binding('http_parser')` at import and so prints Node's
 * DEP0111 deprecation warning on every start and in every test process. We use neither SPDY nor its parser;
 * this drops exactly that one warning and lets every other warning through. Imported before restify.
 */
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;

function codeOf(args: unknown[]): unknown {
  const [, typeOrOptions, code] = args;
  return typeof typeOrOptions === 'object' && typeOrOptions !== null
    ? (typeOrOptions as { code?: unknown }).code
    : code;
}

process.emitWarning = ((...args: unknown[]) => {
  const [warning] = args;
  const message = warning instanceof Error ? warning.message : String(warning);
  if (codeOf(args) === 'DEP0111' && message.includes("process.binding('http_parser')")) return;
  emitWarning(...args);
}) as typeof process.emitWarning;
