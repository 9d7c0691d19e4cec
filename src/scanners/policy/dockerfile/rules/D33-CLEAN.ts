import { defineRule } from '../define.js'
import { commandsByRun, hitAtCommand, hitsOf } from '../helpers.js'
import { pkgCommands } from './pkg.js'
import { cleansCache, fillsCache } from './rpm.js'

/** CSG-D33-CLEAN: yum/dnf/zypper caches left in the layer. */
export const rule = defineRule({
  id: 'CSG-D33-CLEAN',
  concern: 'D33',
  title: 'yum/dnf/zypper cache not cleaned after install',
  severity: 'LOW',
  precision: 'high',
  peers: [
    'DL3032',
    'DL3036',
    'DL3040',
    'DS-0015',
    'DS-0019',
    'DS-0020',
    'DS-0027'
  ],
  tags: ['image-size'],
  docs: {
    why: 'Downloaded packages and metadata stay in the layer unless the cache is cleaned in the same RUN, after the last install.',
    fix: 'End the RUN with `&& dnf clean all` (`yum clean all`, `microdnf clean all`, `zypper clean`).',
    failing: 'FROM rockylinux:9\nRUN dnf install -y httpd\n',
    passing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n',
    differences: [
      '`rm -rf /var/cache/yum` or `/var/cache/dnf` after the install is accepted too. `yum clean metadata` is not enough, as in Trivy.'
    ]
  },
  check(doc) {
    return hitsOf(commandsByRun(doc), (runs) => {
      const calls = pkgCommands(runs)
      const last = calls.map(fillsCache).lastIndexOf(true)
      if (last < 0) return undefined
      const after = calls.slice(last + 1)
      const lastRun = calls[last]?.run
      const removed = runs.some(
        (r) =>
          r.name === 'rm' &&
          lastRun !== undefined &&
          r.line >= lastRun.line &&
          r.argv.some((a) => /^\/var\/cache\/(yum|dnf|zypp)/.test(a))
      )
      if (after.some(cleansCache) || removed || !lastRun) return undefined

      return [
        hitAtCommand(
          doc,
          lastRun,
          `${calls[last]?.manager} ${calls[last]?.sub} leaves its cache in the layer; clean it at the end of the RUN.`
        )
      ]
    })
  }
})
