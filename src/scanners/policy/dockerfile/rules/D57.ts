import { defineRule } from '../define.js'
import { hitAt, hitsOf, runInstructions } from '../helpers.js'

/** CSG-D57: a RUN script that is not valid shell. */
export const rule = defineRule({
  id: 'CSG-D57',
  concern: 'D57',
  title: 'RUN script is not valid shell',
  severity: 'LOW',
  precision: 'medium',
  peers: ['SC1000', 'SC1009', 'SC1073'],
  tags: ['correctness'],
  docs: {
    why: 'A RUN whose script does not parse (an unclosed quote, a stray `&&`) fails the build or, worse, runs something else than intended.',
    fix: 'Fix the quoting or operators; run ShellCheck on longer scripts, or move them into a script file you COPY and lint.',
    failing: "FROM debian:12\nRUN echo 'unterminated && make\n",
    passing: "FROM debian:12\nRUN echo 'done' && make\n",
    differences: [
      "This is the parse-error part of ShellCheck only (via tree-sitter-bash); ShellCheck's style and semantic warnings are not reproduced. RUNs with a non-POSIX SHELL (PowerShell, cmd) are skipped."
    ]
  },
  check(doc) {
    const nonPosix = new Set(
      doc.stages
        .filter((s) =>
          s.instructions.some(
            (i) =>
              i.keyword === 'SHELL' &&
              /pwsh|powershell|cmd/i.test((i.json ?? [])[0] ?? '')
          )
        )
        .map((s) => s.index)
    )

    return hitsOf(runInstructions(doc), (run) => {
      const shell = run.script()?.shell
      if (!shell?.error || shell.tooLarge || nonPosix.has(run.stage))
        return undefined

      return [hitAt(doc, run, 'The RUN script does not parse as shell.')]
    })
  }
})
