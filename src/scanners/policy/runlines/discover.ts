import path from 'node:path'

/**
 * True for files that may hold `docker run` lines: shell scripts,
 * Makefiles, GitHub workflows and GitLab CI files.
 */
export function isScriptCandidate(file: string): boolean {
  const normal = file.replaceAll('\\', '/')
  const base = path.posix.basename(normal)
  if (/\.(sh|bash|mk)$/i.test(base)) return true
  if (/^(GNU)?makefile$/i.test(base)) return true
  if (/(^|\.)gitlab-ci\.ya?ml$/i.test(base)) return true

  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normal)
}
