/**
 * Staff qualifications (資格): the register offers this list, which the manager can extend in
 * the settings (`qualifications`), and a member of staff holds any of them.
 */
import { z } from 'zod';

export const qualificationSchema = z.string().trim().min(1).max(60);

/**
 * What the register offers before the manager adds the facility's own: the trainings and
 * licences that decide who may do what on a night shift.
 */
export const DEFAULT_QUALIFICATIONS: readonly string[] = [
  '喀痰吸引等研修 第1号',
  '喀痰吸引等研修 第2号',
  '喀痰吸引等研修 第3号',
  '強度行動障害支援者養成研修 基礎研修',
  '強度行動障害支援者養成研修 実践研修',
  '介護福祉士',
  '看護師',
  '准看護師',
  '社会福祉士',
  '精神保健福祉士',
  'サービス管理責任者',
];
