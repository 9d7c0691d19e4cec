import type { YMap } from '../../compose/model.js'
import { entryAt, itemsOf, scalarItems, textOf } from '../../compose/query.js'
import { type ComposeHit, hitAt } from '../../compose/rule-kit.js'
import { ALLOWING, type SeccompRule, seccompMeta } from '../rule-kit.js'

/** System calls that reach past the container: mounts, namespaces, kernel. */
export const DANGEROUS_SYSCALLS: ReadonlySet<string> = new Set([
  'mount',
  'umount',
  'umount2',
  'fsopen',
  'fsmount',
  'fsconfig',
  'fspick',
  'move_mount',
  'open_tree',
  'pivot_root',
  'ptrace',
  'process_vm_readv',
  'process_vm_writev',
  'keyctl',
  'add_key',
  'request_key',
  'bpf',
  'unshare',
  'setns',
  'kexec_load',
  'kexec_file_load',
  'init_module',
  'finit_module',
  'delete_module',
  'open_by_handle_at',
  'perf_event_open',
  'userfaultfd',
  'reboot',
  'swapon',
  'swapoff',
  'syslog',
  'acct',
  'quotactl',
  'iopl',
  'ioperm',
  'lookup_dcookie',
  'personality',
  'create_module'
])

/** CSG-S2: a seccomp profile allows a dangerous system call. */
export const S2: SeccompRule = {
  meta: seccompMeta({
    concern: 'S2',
    title: 'Seccomp profile allows a dangerous system call',
    defaultSeverity: 'HIGH',
    help: "Docker's default profile blocks system calls such as mount, ptrace, keyctl, bpf, unshare, setns and kexec_load because they reach past the container into the kernel or other processes. A profile that allows them unconditionally reopens those paths. Remove them from the allow-list, or tie them to a capability with includes.caps as Docker does.",
    peers: ['CIS-5.21'],
    precision: 'high'
  }),
  check: (profile) => {
    const defaultAction = textOf(entryAt(profile.root, 'defaultAction')?.value)
    // S1 already says everything is allowed.
    if (ALLOWING.has(defaultAction?.trim().toUpperCase() ?? '')) return []

    return itemsOf(entryAt(profile.root, 'syscalls')?.value).flatMap((rule) =>
      rule.kind === 'map' ? ruleHits(profile.path, rule) : []
    )
  }
}

function ruleHits(path: string, rule: YMap): ComposeHit[] {
  const action = textOf(entryAt(rule, 'action')?.value)?.toUpperCase() ?? ''
  if (!ALLOWING.has(action) || entryAt(rule, 'includes', 'caps')) return []
  const limited = itemsOf(entryAt(rule, 'args')?.value).length > 0
  const minKernel = textOf(entryAt(rule, 'includes', 'minKernel')?.value)
  const names = [
    ...scalarItems(entryAt(rule, 'names')?.value),
    ...scalarItems(entryAt(rule, 'name')?.value)
  ]

  return names.flatMap(({ text, node }) => {
    if (!DANGEROUS_SYSCALLS.has(text)) return []
    // Since Linux 4.8 ptrace can no longer bypass seccomp; Docker's own
    // profile allows it on those kernels.
    if (text === 'ptrace' && minKernel && Number.parseFloat(minKernel) >= 4.8)
      return []

    return [
      hitAt(
        node.place,
        `Seccomp profile ${path} allows ${text}${limited ? ' (with argument filters)' : ''}.`,
        `syscalls/${text}`,
        limited ? 'MEDIUM' : undefined
      )
    ]
  })
}
