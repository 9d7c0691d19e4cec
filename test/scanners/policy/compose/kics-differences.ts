/**
 * Where our Compose rules deliberately differ from KICS's own test cases,
 * keyed `folder/file:line verdict`: `inside` means we flag the same
 * problem on the list item inside the key KICS reports; `missed` means we
 * do not flag it. The same table, with these reasons, is in
 * docs/rules/Compose-KICS-conformance.md and in each rule's page.
 */
const ITEM =
  'we point at the list item that sets the value (so each item can be suppressed and fixed on its own line); KICS points at the key above the list'
const ONE_PER_SERVICE =
  'KICS reports a missing limit twice (service name and empty deploy:); we report it once per service, at the deepest part of deploy.resources.limits that is written'
const CONTAINER_PORT =
  'CSG-C21 follows CIS 5.7 and flags privileged host ports only; a container port below 1024 needs no host privilege (KICS flags container ports too)'
const NOT_SYSTEM_DIR =
  'CSG-C10 flags host system and credential directories; /var/lib/backup/data and /var/data are data folders, not system ones'

export const KICS_DIFFERENCES: Readonly<Record<string, string>> = {
  'container_capabilities_unrestricted/positive1.yaml:13 inside': ITEM,
  'container_capabilities_unrestricted/positive2.yaml:13 inside': ITEM,
  'container_capabilities_unrestricted/positive3.yaml:13 inside': ITEM,
  'container_traffic_not_bound_to_host_interface/positive1.yaml:11 inside':
    ITEM,
  'container_traffic_not_bound_to_host_interface/positive2.yaml:11 inside':
    ITEM,
  'container_traffic_not_bound_to_host_interface/positive3.yaml:11 inside':
    ITEM,
  'cpus_not_limited/positive3.yaml:3 inside': ONE_PER_SERVICE,
  'memory_not_limited/positive3.yaml:3 inside': ONE_PER_SERVICE,
  'no_new_privileges_not_set/positive1.yaml:12 inside':
    'we point at the no-new-privileges:false item itself; KICS points at security_opt',
  'privileged_ports_mapped_in_container/positive1.yaml:5 inside': ITEM,
  'privileged_ports_mapped_in_container/positive1.yaml:12 inside': ITEM,
  'privileged_ports_mapped_in_container/positive3.yaml:11 inside': ITEM,
  'privileged_ports_mapped_in_container/positive6.yaml:11 inside': ITEM,
  'privileged_ports_mapped_in_container/positive9.yaml:11 inside': ITEM,
  'privileged_ports_mapped_in_container/positive2.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive4.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive5.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive7.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive8.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive10.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive11.yaml:11 missed':
    CONTAINER_PORT,
  'privileged_ports_mapped_in_container/positive12.yaml:11 missed':
    CONTAINER_PORT,
  'volume_has_sensitive_host_directory/positive1.yaml:11 missed':
    'an anonymous volume (- /var/lib/backup/data) mounts no host directory at all; CSG-C10 flags bind mounts only',
  'volume_has_sensitive_host_directory/positive2.yaml:18 missed':
    NOT_SYSTEM_DIR,
  'volume_has_sensitive_host_directory/positive3.yaml:14 missed': NOT_SYSTEM_DIR
}
