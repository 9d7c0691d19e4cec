import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Logger } from '../../logging.js'
import type { Plan } from '../../plan/plan.js'
import { parseImageRef, pinnedRef } from '../../tools/registry/ref.js'
import { extractFromRefs } from './from-refs.js'

/** Where a finding about an image should point. */
export interface TargetSite {
  /** Repository-relative Dockerfile path. */
  readonly path: string
  readonly line: number
}

/** One image to verify, and every place in the repository that names it. */
export interface VerifyTarget {
  /** The reference as the user or Dockerfile wrote it. */
  readonly ref: string
  /** What cosign is given: `repo@digest` once the digest is known. */
  readonly verifyRef: string
  readonly digest?: string
  readonly role: 'image' | 'base'
  readonly sites: readonly TargetSite[]
}

/** The plan's images that live in a registry (archives cannot be verified). */
export function imageTargets(plan: Plan): VerifyTarget[] {
  return plan.images
    .filter((image) => !image.archive)
    .map((image) => {
      const site =
        image.dockerfile !== undefined && image.fromLine !== undefined
          ? [{ path: image.dockerfile, line: image.fromLine }]
          : []

      return {
        ref: image.ref,
        verifyRef: image.digest
          ? pinnedRef(parseImageRef(image.ref), image.digest)
          : image.ref,
        digest: image.digest,
        role: 'image' as const,
        sites: site
      }
    })
}

/**
 * Each distinct base image named in a FROM line of the plan's Dockerfiles,
 * with every FROM line that names it. A Dockerfile that cannot be read is
 * reported and skipped; the policy scanner reports it too.
 */
export async function baseImageTargets(
  plan: Plan,
  logger: Logger
): Promise<VerifyTarget[]> {
  const byRef = new Map<string, TargetSite[]>()
  for (const dockerfile of plan.dockerfiles) {
    let text: string
    try {
      text = await readFile(path.join(plan.root, dockerfile), 'utf8')
    } catch (error) {
      logger.warning(`cosign: cannot read ${dockerfile}: ${String(error)}`)
      continue
    }
    for (const { ref, line } of extractFromRefs(text)) {
      const sites = byRef.get(ref) ?? []
      sites.push({ path: dockerfile, line })
      byRef.set(ref, sites)
    }
  }

  return [...byRef].map(([ref, sites]) => ({
    ref,
    verifyRef: ref,
    digest: parseImageRefSafe(ref)?.digest,
    role: 'base' as const,
    sites
  }))
}

function parseImageRefSafe(ref: string) {
  try {
    return parseImageRef(ref)
  } catch {
    return undefined
  }
}
