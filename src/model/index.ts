/** The world model's public surface (plain data + rules; no language, no cmdlets, no Node). */
export type * from './world';
export { WORLD_SCHEMA_VERSION } from './world';
export { upgradeWorld } from './world-upgrade';
export { WORLD_SCHEMA } from './world-schema';
export { firstWorldProblem, firstScenarioProblem } from './validate';
export { WorldError, WORLD_MESSAGES, formatWorldMessage, type WorldMessageId } from './messages';
export { checkWorld, type WorldIssue } from './invariants';
export { hashPassword, verifyPassword } from './passwords';
export { SeededRandom, mulberry32Step } from './random';
export { ProcessRegistry, advanceWorld, type WorldProcess, type ProcessRun } from './processes';
export { WorldClock } from './clock';
export { WorldRandom } from './world-random';
export { VirtualFileSystem, DEFAULT_HOME, ensureDirectory, seedFile } from './vfs';
export { resolvePath, parentOf, leafOf } from './paths';
export { resolveDns, setDnsRecord, findRecordSet, normaliseDnsName, type DnsRecordInput } from './dns-records';
export { dnsPropagationProcess } from './dns-propagation';
export { deliver, type Delivery, type DeliveryDestination, type DeliveryReason } from './mail-flow';
export { licenseGraceProcess, licenseGraceEndsAt, assignLicense, removeLicense, assignedCount, setUsageLocation, isUsageLocation, skuInfo, tenantSkuOf, SKU_CATALOGUE, type SkuInfo, type ServicePlan } from './licensing';
export {
  addTenantDomain,
  verifyTenantDomain,
  newTenantDomain,
  confirmTenantDomain,
  setDefaultTenantDomain,
  removeTenantDomain,
  domainReferences,
  domainVerificationRecords,
  verificationCodeFor,
  type VerificationDnsRecord,
} from './domains';
export {
  findMailbox,
  findAccount,
  verifyCredentials,
  isDomainAdmin,
  migrationAccess,
  isDomainVerified,
  findTenantDomain,
  verificationRecordVisible,
  principalName,
  domainOf,
} from './queries';
export { mailboxFolders, defaultFolders } from './scenarios/folders';
export { createWorldRuntime, type WorldRuntime, type WorldRuntimeOptions } from './runtime';
export {
  listScenarios,
  describeScenario,
  loadScenario,
  getScenario,
  parseScenarioText,
  expandScenario,
  validateScenario,
  SCENARIO_SCHEMA,
  DEFAULT_SCENARIO,
  type ScenarioSpec,
  type ScenarioInfo,
  type ScenarioDescription,
} from './scenarios';
export {
  resolveName,
  domainController,
  isDomainController,
  seedInternalZones,
  findInternalZone,
  addInternalRecord,
  removeInternalRecords,
  replaceInternalRecord,
  fqdnIn,
  hostNameIn,
  dnsValueProblem,
  srvParts,
  type DnsAnswer,
  type DnsResolution,
  type DnsVantage,
  type InternalRecordInput,
  type InternalOutcome,
} from './dns-resolve';
export { sendMail, parseMailAddress, submissionPoint, messageTrace, trackingLog, handledBy, type SendInput, type SubmitVia, type TraceFilter, type TraceRow, type TrackingEvent, type TrackingFilter } from './mail-send';
export { autodiscoverLookup, resolveHost, type AutodiscoverLookup, type AutodiscoverStep, type AutodiscoverFrom, type AutodiscoverResult } from './autodiscover';
