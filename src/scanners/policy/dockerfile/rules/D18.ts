import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'
import { baseName, stripPrefixes, type ShellCommand } from '../shell.js'

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c'])
// Programs that run code given on standard input or as an argument.
const INTERPRETERS = new Set([
  'sh',
  'bash',
  'dash',
  'ash',
  'zsh',
  'ksh',
  'mksh',
  'source',
  '.',
  'eval',
  'python',
  'python2',
  'python3',
  'perl',
  'ruby',
  'node',
  'php'
])

function isDownload(command: ShellCommand): boolean {
  return DOWNLOADERS.has(baseName(stripPrefixes(command.argv)[0] ?? ''))
}

// `curl ... | sh`: the interpreter reads its program from the pipe, so it
// must not have been given a script file or a `-c` program.
function readsStdin(argv: readonly string[]): boolean {
  const operands = argv.slice(1)
  if (operands.some((a) => a === '-s' || a === '-')) return true

  return !operands.some((a) => !a.startsWith('-') || /^-[a-z]*c$/.test(a))
}

/** CSG-D18: a downloaded script is run without being verified. */
export const rule = defineRule({
  id: 'CSG-D18',
  concern: 'D18',
  title: 'Downloaded script piped into a shell',
  severity: 'HIGH',
  precision: 'high',
  peers: ['curl-pipe-bash'],
  tags: ['supply-chain', 'CWE-494'],
  docs: {
    why: '`curl ... | sh`, `bash <(curl ...)` and `sh -c "$(curl ...)"` run whatever the server sends at that moment, unverified: a compromised or spoofed server, or a truncated download, runs arbitrary code in the build as root.',
    fix: 'Download to a file, verify its checksum or signature, then run it: `curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Better, install a pinned package.',
    failing:
      'FROM debian:12\nRUN curl -fsSL https://get.example.com | sudo bash\n',
    passing:
      'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://get.example.com \\\n && echo "0123abcd  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh\n',
    differences: [
      'No hadolint, Trivy, Checkov or KICS rule checks this; semgrep checks it in shell files only, not in RUN.'
    ]
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      if (!INTERPRETERS.has(run.name)) return undefined
      const piped =
        run.command.upstream.some(isDownload) && readsStdin(run.argv)
      const substituted = run.command.substituted.some(isDownload)
      if (!piped && !substituted) return undefined

      return [
        hitAtCommand(
          doc,
          run,
          `A downloaded script is run by ${run.name} without being verified first.`
        )
      ]
    })
  }
})
