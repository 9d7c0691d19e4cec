import { entryAt, itemsOf, scalarItems, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

// Devices that give raw access to memory, disks or the kernel.
const RAW =
  /^\/dev\/(mem|kmem|port|sd[a-z]|nvme|vd[a-z]|xvd[a-z]|hd[a-z]|dm-|mapper|loop|fuse$|kvm$)/

/** CSG-C28: host devices are passed to a service. */
export const C28: ComposeRule = {
  meta: composeMeta({
    concern: 'C28',
    title: 'Host device exposed',
    severity: 'MEDIUM',
    help: 'devices: and device_cgroup_rules: give the container direct access to host hardware; raw memory, disks and loop devices let it read or change the host. Pass only the device a service needs, read-only where it can be (/dev/x:/dev/x:r).',
    peers: ['CIS-5.17']
  }),
  check: (project) =>
    eachService(project, (service) => [
      ...itemsOf(entryAt(service.node, 'devices')?.value).flatMap((item) => {
        const source =
          textOf(item)?.split(':')[0] ??
          textOf(
            item.kind === 'map' ? entryAt(item, 'source')?.value : undefined
          )
        if (!source) return []

        return [
          hitAt(
            item.place,
            `Service "${service.name}" has host device ${source}.`,
            `${service.name}/devices/${source}`,
            RAW.test(source) ? 'HIGH' : undefined
          )
        ]
      }),
      ...scalarItems(entryAt(service.node, 'device_cgroup_rules')?.value).map(
        ({ text, node }) =>
          hitAt(
            node.place,
            `Service "${service.name}" allows devices by cgroup rule "${text}".`,
            `${service.name}/device_cgroup_rules/${text}`,
            /^a\b|\*:\*/.test(text) ? 'HIGH' : undefined
          )
      )
    ])
}
