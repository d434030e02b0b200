import { useTranslation } from 'react-i18next';
import type { PersonReadiness, ReadinessGap } from '../../../../shared/domain/person-readiness';
import type { CareTopic, Person } from '../../../../shared/domain/schemas';
import { formatWareki } from '../../../../shared/domain/dates';
import { useDateLabels } from '../../common/useDateLabels';

/**
 * The words of the readiness checklist, one place for the record, the register's list and the
 * printed sheet: what a gap is called, and what exactly is missing. `paper`: in Japanese with
 * era dates whatever the screen's language, as the printed papers are filed.
 */
export function useGapTexts(paper = false) {
  const { t: screenT, i18n } = useTranslation();
  const { long: screenDate } = useDateLabels();
  const t = paper ? i18n.getFixedT('ja') : screenT;
  const long = paper ? formatWareki : screenDate;
  const topics = (list: readonly CareTopic[]) =>
    list.map((topic) => t(`persons.care.${topic}`)).join('、');

  const missing = (
    gap: ReadinessGap,
    readiness: PersonReadiness,
    person: Pick<Person, 'registration'>,
  ): string => {
    switch (gap) {
      case 'contacts':
        return t('readiness.gapDetail.contacts');
      case 'authorization': {
        const standing = readiness.authorization;
        return standing.state === 'none' || standing.state === 'current'
          ? t('readiness.gapDetail.authorization.none')
          : t(`readiness.gapDetail.authorization.${standing.state}`, {
              date: long(standing.ends),
            });
      }
      case 'consultationOffice':
        return t('readiness.gapDetail.consultationOffice');
      case 'careNotes':
        return t('readiness.gapDetail.careNotes', { topics: topics(readiness.careTopicsMissing) });
      case 'review': {
        const date = person.registration.reviewDate;
        return date
          ? t('readiness.gapDetail.review.passed', { date: long(date) })
          : t('readiness.gapDetail.review.missing');
      }
    }
  };

  return { label: (gap: ReadinessGap) => t(`readiness.gap.${gap}`), missing };
}
