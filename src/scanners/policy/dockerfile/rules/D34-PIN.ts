import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { docPkgCommands } from './pkg.js'

/** CSG-D34-PIN: pip packages installed without a version. */
export const rule = defineRule({
  id: 'CSG-D34-PIN',
  concern: 'D34',
  title: 'pip package version not pinned',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3013'],
  tags: ['reproducibility'],
  docs: {
    why: 'An unpinned pip install takes whatever PyPI serves that day, including a hijacked or broken release.',
    fix: 'Pin versions (`pip install requests==2.32.3`) or install from a locked requirements file (`pip install -r requirements.txt`, ideally with `--require-hashes`).',
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests\n',
    passing:
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n',
    differences: [
      'Local paths, URLs, wheels and `-r`/`-e` installs are not flagged.'
    ]
  },
  check(doc) {
    return hitsOf(docPkgCommands(doc), (c) => {
      if (c.manager !== 'pip' || c.sub !== 'install') return undefined
      const loose = c.operands.filter(
        (p) =>
          p !== '' &&
          !/[=<>~@]/.test(p) &&
          !/[/$]/.test(p) &&
          !/\.(whl|tar\.gz|zip)$/.test(p) &&
          p !== '.'
      )

      return loose.length
        ? [
            hitAtCommand(
              doc,
              c.run,
              `pip installs ${loose.join(', ')} without a version (pin as name==version).`
            )
          ]
        : undefined
    })
  }
})
