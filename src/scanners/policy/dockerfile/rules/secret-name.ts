/** Telling secret-looking variable names apart. */
// Words that make a variable name look like it carries a secret.
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
  'privatekey'
])
// Pairs of words that together name a secret (`API_KEY`, `ACCESS_KEY`).
const KEY_OWNERS = new Set([
  'api',
  'access',
  'private',
  'secret',
  'signing',
  'encryption',
  'master',
  'ssh'
])
// A name ending in these points at a secret instead of holding one.
const REFERENCE_SUFFIXES = new Set([
  'file',
  'path',
  'dir',
  'url',
  'name',
  'id',
  'length',
  'type',
  'env'
])

/** True when an ARG or ENV name looks like it holds a secret. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const last = words[words.length - 1] ?? ''
  if (REFERENCE_SUFFIXES.has(last)) return false
  if (words.some((w) => SECRET_WORDS.has(w))) return true

  return words.some((w, i) => w === 'key' && KEY_OWNERS.has(words[i - 1] ?? ''))
}
