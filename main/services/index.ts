/**
 * One service function per channel of the contract. The mapped type makes a missing or
 * mistyped service a compile error.
 */
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { blockBed, listBeds, listBlocks, saveBed } from './beds';
import { commitEmergency, planEmergencyStay } from './emergency';
import { offersForStay } from './offers';
import { getPerson, personNames, savePerson, searchPersons } from './persons';
import { personStays, personUsage } from './person-stays';
import { personsReadiness } from './readiness';
import { getSettings, updateSettings } from './settings';
import {
  cancelStay,
  checkIn,
  checkOut,
  checkStayDraft,
  createStay,
  getStay,
  listStays,
  markContacted,
  staysToContact,
  undoCheckIn,
  saveComment,
  saveGoals,
  updateStay,
} from './stays';
import { auditCsv, auditList } from './audit-list';
import { currentSession, signIn, signInNames, signOut } from './session';
import { listStaff, saveStaff, setupStaff, staffNames } from './staff';
import { stayHistory } from './stay-history';
import {
  changesSince,
  keyState,
  newRecoveryKey,
  restoreBackup,
  storageStatus,
  takeRecoveryKey,
} from './storage';
import { printPreview, printSavePdf } from './print';
import { connectionGet, connectionImport, connectionSave, connectionTest } from './connection';
import { getMonthSummaries, getSummary } from './summary';
import { deleteTraining, listTraining, saveTraining } from './training';
import { trainingProgress } from './training-progress';
import { trainingTonight } from './training-tonight';
import { unblockBed } from './unblock-bed';
import { getUsage } from './usage';
import { extendAddOn, saveIntake } from './emergency-intake';
import { monthRecord, monthRecordsAll } from './records';
import {
  emergencyReport,
  experienceReport,
  occupancyReport,
  registrationReport,
  yearReport,
} from './reports';
import { reportsCsv } from './reports-csv';
import { saveStayDay, stayDays } from './stay-days';
import { personDisclosure } from './disclosure';
import { retentionErase, retentionList, retentionPreview } from './retention';

export type Service<C extends Channel> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => Promise<ChannelOutput<C>>;

export type Services = { [C in Channel]: Service<C> };

export const services: Services = {
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'beds.list': listBeds,
  'beds.save': saveBed,
  'beds.block': blockBed,
  'beds.blocks': listBlocks,
  'beds.unblock': unblockBed,
  'persons.search': searchPersons,
  'persons.get': getPerson,
  'persons.names': personNames,
  'persons.save': savePerson,
  'persons.readiness': personsReadiness,
  'persons.stays': personStays,
  'persons.usage': personUsage,
  'stays.list': listStays,
  'stays.get': getStay,
  'stays.check': checkStayDraft,
  'stays.create': createStay,
  'stays.update': updateStay,
  'stays.cancel': cancelStay,
  'stays.checkIn': checkIn,
  'stays.undoCheckIn': undoCheckIn,
  'stays.saveComment': saveComment,
  'stays.saveGoals': saveGoals,
  'stays.checkOut': checkOut,
  'stays.toContact': staysToContact,
  'stays.markContacted': markContacted,
  'stays.history': stayHistory,
  'stays.offers': offersForStay,
  'emergency.plan': planEmergencyStay,
  'emergency.commit': commitEmergency,
  'usage.get': getUsage,
  'training.list': listTraining,
  'training.save': saveTraining,
  'training.delete': deleteTraining,
  'summary.get': getSummary,
  'training.tonight': trainingTonight,
  'training.progress': trainingProgress,
  'summary.month': getMonthSummaries,
  'stays.saveDay': saveStayDay,
  'stays.days': stayDays,
  'emergency.saveIntake': saveIntake,
  'emergency.extendAddOn': extendAddOn,
  'records.month': monthRecord,
  'records.monthAll': monthRecordsAll,
  'reports.csv': reportsCsv,
  'reports.year': yearReport,
  'reports.occupancy': occupancyReport,
  'reports.experience': experienceReport,
  'reports.emergencies': emergencyReport,
  'reports.registrations': registrationReport,
  'print.preview': printPreview,
  'print.savePdf': printSavePdf,
  'connection.get': connectionGet,
  'connection.test': connectionTest,
  'connection.save': connectionSave,
  'connection.import': connectionImport,
  'storage.status': storageStatus,
  'changes.since': changesSince,
  'storage.restoreBackup': restoreBackup,
  'staff.setup': setupStaff,
  'session.staffNames': signInNames,
  'session.signIn': signIn,
  'session.signOut': signOut,
  'session.current': currentSession,
  'staff.list': listStaff,
  'staff.save': saveStaff,
  'staff.names': staffNames,
  'audit.list': auditList,
  'audit.csv': auditCsv,
  'storage.takeRecoveryKey': takeRecoveryKey,
  'storage.newRecoveryKey': newRecoveryKey,
  'storage.keyState': keyState,
  'storage.recover': keyState,
  'storage.unlock': keyState,
  'retention.list': retentionList,
  'retention.preview': retentionPreview,
  'retention.erase': retentionErase,
  'persons.disclosure': personDisclosure,
};
