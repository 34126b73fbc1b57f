/**
 * The built-in scenarios: one JSON file each in ./scenarios, validated by the same schema as team
 * packs when first used. A unit test checks that every file in the folder is listed here.
 */
import boardroomDisplayBeforePitch from './scenarios/boardroom-display-before-pitch.json';
import bypassSecuritySso from './scenarios/bypass-security-sso.json';
import confusedNewHire from './scenarios/confused-new-hire.json';
import devTeamBug from './scenarios/dev-team-bug.json';
import doubleBookedRoomSystem from './scenarios/double-booked-room-system.json';
import executiveException from './scenarios/executive-exception.json';
import floorOutage from './scenarios/floor-outage.json';
import followUpAfterFix from './scenarios/follow-up-after-fix.json';
import lostDataBlamesIt from './scenarios/lost-data-blames-it.json';
import mfaLockoutNewPhone from './scenarios/mfa-lockout-new-phone.json';
import monitorBacklog from './scenarios/monitor-backlog.json';
import phishingReport from './scenarios/phishing-report.json';
import printer2amDeadline from './scenarios/printer-2am-deadline.json';
import restoreOutsideWindow from './scenarios/restore-outside-window.json';
import rudeCustomer from './scenarios/rude-customer.json';
import screenReaderPortal from './scenarios/screen-reader-portal.json';
import sharedMailboxAccess from './scenarios/shared-mailbox-access.json';
import slowLaptop from './scenarios/slow-laptop.json';
import softwareInstallDenied from './scenarios/software-install-denied.json';
import stolenLaptopAirport from './scenarios/stolen-laptop-airport.json';
import thirdPasswordReset from './scenarios/third-password-reset.json';
import ticketClosedWithoutFix from './scenarios/ticket-closed-without-fix.json';
import usbStorageAgainstPolicy from './scenarios/usb-storage-against-policy.json';
import vpnOnTravel from './scenarios/vpn-on-travel.json';
import wifiGuestContractor from './scenarios/wifi-guest-contractor.json';
import { packSchema, PACK_FORMAT, type ScenarioPack } from './schema';
import { t } from '../i18n';

const files: unknown[] = [
  boardroomDisplayBeforePitch,
  bypassSecuritySso,
  confusedNewHire,
  devTeamBug,
  doubleBookedRoomSystem,
  executiveException,
  floorOutage,
  followUpAfterFix,
  lostDataBlamesIt,
  mfaLockoutNewPhone,
  monitorBacklog,
  phishingReport,
  printer2amDeadline,
  restoreOutsideWindow,
  rudeCustomer,
  screenReaderPortal,
  sharedMailboxAccess,
  slowLaptop,
  softwareInstallDenied,
  stolenLaptopAirport,
  thirdPasswordReset,
  ticketClosedWithoutFix,
  usbStorageAgainstPolicy,
  vpnOnTravel,
  wifiGuestContractor,
];

export const BUILTIN_PACK_ID = 'rapport-builtin';

let cached: ScenarioPack | undefined;

/** The built-in pack, parsed once. Throws with the zod issues if a built-in file is malformed. */
export function builtinPack(): ScenarioPack {
  cached ??= packSchema.parse({
    format: PACK_FORMAT,
    version: 1,
    id: BUILTIN_PACK_ID,
    name: t('practice_builtin_pack_name'),
    description: t('practice_builtin_pack_description'),
    author: 'Rapport',
    scenarios: files,
  });
  return cached;
}

export const BUILTIN_SCENARIO_FILES = files.length;
