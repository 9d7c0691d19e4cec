/** Docker's variable substitution, as used in FROM lines. */

/** The result of expanding a word: its text and what was missing. */
export interface Expansion {
  readonly value: string
  /** Names referenced that had no value and no default. */
  readonly undefinedNames: readonly string[]
}

const REFERENCE =
  /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}` and `${VAR+alt}` from `vars`, where `undefined` means
 * declared without a value. Unknown names become empty, as in Docker.
 */
export function expandVariables(
  word: string,
  vars: ReadonlyMap<string, string | undefined>
): Expansion {
  if (!word.includes('$')) return { value: word, undefinedNames: [] }

  const undefinedNames: string[] = []
  const value = word.replace(
    REFERENCE,
    (_all, braced?: string, op?: string, operand?: string, bare?: string) => {
      const name = braced ?? bare ?? ''
      const set = vars.get(name)
      const empty = set === undefined || set === ''

      if (op === ':-' || op === '-') {
        const useDefault = op === ':-' ? empty : set === undefined

        return useDefault ? (operand ?? '') : (set ?? '')
      }
      if (op === ':+' || op === '+') {
        const useAlt = op === ':+' ? !empty : set !== undefined

        return useAlt ? (operand ?? '') : ''
      }
      if (set === undefined) undefinedNames.push(name)

      return set ?? ''
    }
  )

  return { value, undefinedNames }
}
