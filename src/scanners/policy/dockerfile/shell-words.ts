/**
 * Reading the words of a shell command: the program it really runs once
 * prefixes such as `sudo` and `env` are dropped, and whether it is a shell
 * given a script with `-c`.
 */
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])

/** The program name without its directory: `/usr/bin/curl` is `curl`. */
export function baseName(word: string): string {
  const slash = word.lastIndexOf('/')

  return slash >= 0 ? word.slice(slash + 1) : word
}

const PREFIX_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-C', '-h', '-p', '-U'])
const PASS_THROUGH = new Set(['command', 'exec', 'nohup', 'time'])

/**
 * The command a line really runs: drops leading `sudo` (and its options),
 * `env` (and its assignments), `command`, `exec`, `nohup`, `time`.
 */
export function stripPrefixes(argv: readonly string[]): readonly string[] {
  let i = 0
  for (;;) {
    const name = baseName(argv[i] ?? '')
    if (name === 'sudo' || name === 'env') {
      i++
      while (i < argv.length) {
        const word = argv[i] ?? ''
        if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++
        else if (word.startsWith('-'))
          i += PREFIX_FLAGS_WITH_VALUE.has(word) ? 2 : 1
        else break
      }
    } else if (PASS_THROUGH.has(name)) i++
    else break
  }

  return i === 0 ? argv : argv.slice(i)
}

/** True when the program is a POSIX-style shell (`sh`, `bash`...). */
export function isShell(name: string): boolean {
  return SHELLS.has(baseName(name))
}

/**
 * For `sh -c ...` (after any prefix), the index of `-c` among the words
 * after the prefixes; -1 for any other command.
 */
export function shellCFlag(words: readonly string[]): number {
  const argv = stripPrefixes(words)
  if (!SHELLS.has(baseName(argv[0] ?? ''))) return -1

  return argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a))
}
