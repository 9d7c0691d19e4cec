import { defineRule } from '../define.js'
import { commandsByRun, hitAtCommand, hitsOf } from '../helpers.js'
import type { Instruction } from '../model.js'
import { pkgCommands } from './pkg.js'
import { cleansCache, fillsCache } from './rpm.js'

// Where yum, dnf, dnf5, tdnf, microdnf and zypper keep their caches.
const CACHE_DIR = /^\/var\/cache\/(yum|dnf|libdnf5|tdnf|zypp)\b/

// A `RUN --mount` over such a directory (or all of /var/cache) keeps the
// cache out of the layer.
function mountsCache(run: Instruction): boolean {
  return run.flags.some(
    (f) =>
      f.name === 'mount' &&
      (f.value ?? '').split(',').some((kv) => {
        const target = /^(?:target|dst|destination)=(.*)$/.exec(kv)?.[1]

        return (
          target !== undefined &&
          (CACHE_DIR.test(target) || /^\/var\/cache\/?$/.test(target))
        )
      })
  )
}

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
      '`rm -rf /var/cache/yum` (or dnf, libdnf5, tdnf, zypp) after the last install is accepted too, and so is a `RUN --mount` over that directory (a cache mount). `yum clean metadata` is not enough, as in Trivy.'
    ]
  },
  check(doc) {
    return hitsOf(commandsByRun(doc), (runs) => {
      const calls = pkgCommands(runs)
      const last = calls.map(fillsCache).lastIndexOf(true)
      const lastRun = calls[last]?.run
      if (!lastRun) return undefined
      // Only a clean or a removal that runs after the last install empties
      // what it downloaded.
      const removed = runs
        .slice(runs.indexOf(lastRun) + 1)
        .some((r) => r.name === 'rm' && r.argv.some((a) => CACHE_DIR.test(a)))
      if (
        removed ||
        mountsCache(lastRun.instruction) ||
        calls.slice(last + 1).some(cleansCache)
      )
        return undefined

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
