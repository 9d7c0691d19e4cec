import { entryAt, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** The tag of an image reference; undefined when it has none. */
export function imageTag(ref: string): string | undefined {
  const name = ref.split('@')[0] ?? ''
  const last = name.slice(name.lastIndexOf('/') + 1)
  const at = last.lastIndexOf(':')

  return at < 0 ? undefined : last.slice(at + 1)
}

/** CSG-C26: a service image has no tag or uses `latest`. */
export const C26: ComposeRule = {
  meta: composeMeta({
    concern: 'C26',
    title: 'Image untagged or latest',
    severity: 'MEDIUM',
    help: 'An image without a tag, or tagged latest, changes under you: each pull can bring a different, unreviewed image. Pin a version tag, and better its digest (image: name:1.2.3@sha256:...).',
    peers: ['Trivy-custom:USR-COMPOSE-0001', 'DL3006', 'DL3007']
  }),
  check: (project) =>
    eachService(project, (service) => {
      const image = entryAt(service.node, 'image')?.value
      const ref = textOf(image)?.trim()
      // A variable may carry a pinned reference; it cannot be judged here.
      if (!image || !ref || ref.includes('$') || ref.includes('@')) return []
      const tag = imageTag(ref)
      if (tag !== undefined && tag !== 'latest') return []

      return [
        hitAt(
          image.place,
          tag
            ? `Service "${service.name}" uses ${ref}: pin a version.`
            : `Service "${service.name}" uses ${ref} without a tag (implicitly latest): pin a version.`,
          `${service.name}/image`
        )
      ]
    })
}
