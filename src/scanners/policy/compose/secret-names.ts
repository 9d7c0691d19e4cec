// Names that say the value is a credential; `_FILE` variants point at a
// mounted secret instead and are the fix, not the problem.
const SECRET_NAME =
  /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH_?KEY|CLIENT_?SECRET|_PWD$|^PWD_)/i

/** True when an environment variable name says it holds a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !/_(FILE|PATH|DIR|URL_FILE)$/i.test(name)
}

/** How a secret-named variable gets its value. */
export type SecretValue = 'literal' | 'interpolated' | 'empty'

/**
 * Whether the value is written in the file (`literal`), taken from the
 * shell or an `.env` file (`interpolated`, e.g. `${DB_PASSWORD}`), or
 * absent. A literal with a `${...}` default counts as literal.
 */
export function secretValueKind(value: string | null | undefined): SecretValue {
  const text = (value ?? '').trim()
  if (text === '') return 'empty'
  if (/^\$\{?[A-Za-z_]\w*(:?\?[^}]*)?\}?$/.test(text)) return 'interpolated'

  return 'literal'
}
