import type { Location, Region } from '../../findings/index.js'
import type { TrivyImageOptions, TrivyParseOptions } from './options.js'
import type { TrivyArtifact, TrivyResult } from './report-types.js'

/** What every finding of one Trivy result shares. */
export interface ResultScope {
  /** `Finding.target`: Trivy's target, after the image ref for images. */
  readonly target: string
  /** The target as fingerprints see it: free of tags, digests and `./`. */
  readonly fingerprintTarget: string
  /**
   * Where a finding points, given the lines Trivy named, if any, and the
   * file when it is not the target itself (licenses name their file).
   */
  locate(startLine?: unknown, endLine?: unknown, file?: string): Location
}

// Trivy names an OS result "<artifact> (<family> <version>)".
const OS_TARGET = /^(\S.*) \(([\w.-]+ [^()\s]+)\)$/

/**
 * The scope of one result. Image findings point at the image and, when
 * its Dockerfile is known, at the FROM line; repository findings point at
 * the file Trivy named, at its lines or else at line 1.
 */
export function scopeOf(
  result: TrivyResult,
  artifact: TrivyArtifact,
  options: TrivyParseOptions
): ResultScope {
  const rawTarget = typeof result.Target === 'string' ? result.Target : ''
  const image =
    options.image ?? reportImage(rawTarget, artifact, options.knownImages)

  return image
    ? imageScope(rawTarget, image, artifact)
    : fileScope(normalisePath(rawTarget))
}

// A report read without image options can still be about an image: its
// header says so, or (older shapes) its target is an OS inside one.
function reportImage(
  target: string,
  artifact: TrivyArtifact,
  known: readonly TrivyImageOptions[] = []
): TrivyImageOptions | undefined {
  const os = OS_TARGET.exec(target)?.[1]
  const name = artifact.name ?? os

  if (artifact.type === 'container_image') {
    const planned = known.find(
      (image) => image.ref === name || pinned(image) === name
    )
    // Known limitation: an image report with no ArtifactName and no OS
    // result cannot name its image, so its findings point at a placeholder.
    const found = { ref: name ?? 'unnamed-image', digest: artifact.digest }

    return planned
      ? { ...planned, digest: planned.digest ?? found.digest }
      : found
  }

  return artifact.type === undefined && os ? { ref: os } : undefined
}

function pinned(image: TrivyImageOptions): string | undefined {
  return image.digest && `${repositoryOf(image.ref)}@${image.digest}`
}

function imageScope(
  rawTarget: string,
  image: TrivyImageOptions,
  artifact: TrivyArtifact
): ResultScope {
  const inner = innerTarget(rawTarget, [image.ref, artifact.name])
  const target = inner ? `${image.ref} (${inner})` : image.ref
  const location: Location = {
    image: { ref: image.ref, digest: image.digest },
    ...(image.dockerfile && {
      path: normalisePath(image.dockerfile),
      region: { startLine: image.fromLine ?? 1 }
    })
  }

  return {
    target,
    fingerprintTarget: `${repositoryOf(image.ref)} (${inner})`,
    locate: () => location
  }
}

function fileScope(target: string): ResultScope {
  return {
    target,
    fingerprintTarget: target,
    locate: (startLine, endLine, file) => {
      const path = file ? normalisePath(file) : target

      return path
        ? { path, region: regionOf(startLine, endLine) ?? { startLine: 1 } }
        : {}
    }
  }
}

// What is left of Trivy's target once the artifact's own name is taken
// off: "debian 10.13" for an OS, or a path inside the image.
function innerTarget(
  target: string,
  names: readonly (string | undefined)[]
): string {
  for (const name of names) {
    if (!name) continue
    if (target === name) return ''
    if (target.startsWith(`${name} (`) && target.endsWith(')')) {
      return target.slice(name.length + 2, -1)
    }
  }

  return target
}

/** A region from Trivy's 1-based lines; undefined when it gave none. */
export function regionOf(
  startLine: unknown,
  endLine?: unknown
): Region | undefined {
  if (typeof startLine !== 'number' || !(startLine >= 1)) return undefined

  const end =
    typeof endLine === 'number' && endLine >= startLine ? endLine : undefined

  return end === undefined ? { startLine } : { startLine, endLine: end }
}

/** Forward slashes, no leading `./`, no doubled separators. */
export function normalisePath(target: string): string {
  return target
    .replaceAll('\\', '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '')
}

/** An image reference without its tag or digest: `ghcr.io/acme/api`. */
export function repositoryOf(ref: string): string {
  const name = ref.split('@')[0] ?? ref
  const colon = name.lastIndexOf(':')

  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name
}
