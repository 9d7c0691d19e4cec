import type { Finding } from '../../findings/index.js'
import { errorText } from '../../errors.js'
import { badReport } from './fields.js'
import { jsonErrorPosition } from './json-position.js'
import type { TrivyParseOptions } from './options.js'
import { readReportShape } from './report-shape.js'
import { resultFindings } from './result.js'

/**
 * Turns the text of a Trivy JSON report into findings. Reads schema 2, the
 * legacy list of results, the literal `null` and the 2019 target map; keeps
 * every severity (filtering is the gate's), drops unfixed vulnerabilities
 * only when `options.ignoreUnfixed`, and marks VEX-suppressed findings.
 *
 * Throws a `ScannerError` with code `BAD_OUTPUT` whose message names
 * `source` and the problem: invalid JSON (with its line and column), a
 * different format (CycloneDX, SPDX, SARIF, `trivy k8s`) or a broken field.
 */
export function parseTrivyReport(
  text: string,
  source: string,
  options: TrivyParseOptions = {}
): Finding[] {
  const { artifact, results } = readReportShape(parseJson(text, source), source)

  return results.flatMap((result, index) =>
    resultFindings(result, index, artifact, options, source)
  )
}

function parseJson(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') {
    throw badReport(source, 'is empty (Trivy wrote nothing; did it fail?)')
  }

  try {
    return JSON.parse(body)
  } catch (error) {
    throw badReport(
      source,
      `is not valid JSON${where(body)}: ${errorText(error).replace(/\s+/g, ' ')}`
    )
  }
}

function where(body: string): string {
  try {
    const at = jsonErrorPosition(body)

    return at ? ` at line ${at.line}, column ${at.column}` : ''
  } catch {
    // A text nested too deep for the locator still gets V8's message.
    return ''
  }
}
