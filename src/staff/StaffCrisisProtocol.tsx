import { useFullText } from '../i18n/context';

/** What staff do now, shown on the crisis screen in staff mode. */
export function StaffCrisisProtocol() {
  const s = useFullText().staff.ui;
  return (
    <section className="card card--emergency" aria-labelledby="staff-protocol">
      <h2 id="staff-protocol">{s.crisisHeading}</h2>
      <ol className="list">
        {s.crisisSteps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
