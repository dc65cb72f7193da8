/** Spanish words for the center's programs (./program-words.ts). Part of the later words. */
import type { ProgramWords } from './program-words';

export const esPrograms = {
  heading: 'Programas de {center} que podrían ser adecuados',
  intro: {
    you: 'Los horarios y lugares pueden cambiar. Llame para confirmar y para empezar.',
    they: 'Los horarios y lugares pueden cambiar. Llame para confirmar y para empezar.',
    staff: 'Los horarios y lugares pueden cambiar: confírmelos antes de reservar.',
  },
  freeVerification: {
    you: '{center} revisa su seguro gratis antes de que empiece el tratamiento.',
    they: '{center} revisa el seguro de su ser querido gratis antes de que empiece el tratamiento.',
    staff: '{center} revisa el seguro de la persona gratis antes de que empiece el tratamiento.',
  },
  alternativeHeading: 'Programas de {level} en {center}',
  when: 'Cuándo',
  where: 'Dónde',
  whyItFits: 'Por qué podría ser adecuado',
  insurance: 'Seguro',
  timesOfDay: {
    morning: 'Por la mañana',
    afternoon: 'Por la tarde',
    evening: 'Por la tarde-noche',
  },
  spans: {
    daytime: 'Durante el día',
    afternoonEvening: 'Por la tarde y la noche',
    allDay: 'Todo el día',
  },
  days: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom' },
  dayRange: '{from}–{to}',
  session: 'de {start} a {end}',
  sessionWithDays: '{days}, de {start} a {end}',
  residential: 'Día y noche, con personal siempre presente',
  byVideo: 'Por video, desde casa',
  placeOrVideo: '{place}, o por video',
  fit: {
    schedule: {
      you: 'Sesiones {time}, el horario que usted dijo que le funciona mejor',
      they: 'Sesiones {time}, el horario que usted dijo que le funciona mejor a su ser querido',
      staff: 'Sesiones {time}, el horario que prefiere la persona',
    },
    scheduleTimes: {
      morning: 'por la mañana',
      afternoon: 'por la tarde',
      evening: 'por la tarde-noche',
    },
    video: {
      you: 'Puede participar por video, así que no necesita transporte',
      they: 'Su ser querido puede participar por video, así que no necesita transporte',
      staff: 'La persona puede participar por video, así que no necesita transporte',
    },
    insurance: {
      commercial: {
        you: 'Acepta seguro privado: llame para confirmar su plan',
        they: 'Acepta seguro privado: llame para confirmar el plan de su ser querido',
        staff: 'Acepta seguro privado: confirme el plan de la persona',
      },
      medicaid: {
        you: 'Acepta {program}: llame para confirmar su plan',
        they: 'Acepta {program}: llame para confirmar el plan de su ser querido',
        staff: 'Acepta {program}: confirme el plan de la persona',
      },
      medicare: {
        you: 'Acepta Medicare: llame para confirmar su plan',
        they: 'Acepta Medicare: llame para confirmar el plan de su ser querido',
        staff: 'Acepta Medicare: confirme el plan de la persona',
      },
      none: {
        you: 'Puede pagarlo usted mismo: llame para preguntar el costo',
        they: 'Se puede pagar sin seguro: llame para preguntar el costo',
        staff: 'Se acepta el pago sin seguro: revise el costo con la persona',
      },
    },
    language: { en: 'Sesiones en inglés', es: 'Sesiones en español' },
  },
  takes: {
    you: 'Acepta {list}. Llame para confirmar su plan.',
    they: 'Acepta {list}. Llame para confirmar el plan de su ser querido.',
    staff: 'Acepta {list}. Confirme el plan de la persona.',
  },
  paidBy: {
    commercial: 'seguro privado',
    medicaid: '{program}',
    medicare: 'Medicare',
    none: 'pago sin seguro',
  },
  askInsurance: {
    you: 'Llame para preguntar qué seguros acepta.',
    they: 'Llame para preguntar qué seguros acepta.',
    staff: 'Confirme qué seguros acepta.',
  },
  sessionsIn: 'Sesiones en {languages}',
  languageNames: { en: 'inglés', es: 'español' },
  and: '{a} y {b}',
  referral: {
    heading: 'Cómo encontrar un programa para este nivel de atención',
    noneAtLevel: '{center} no incluye en su lista un programa de {level}.',
    noneForAge: '{center} no incluye en su lista un programa de {level} para este grupo de edad.',
    callAnyway: {
      you: 'Llame a {center} de todos modos: le pueden ayudar a encontrar uno.',
      they: 'Llame a {center} de todos modos: le pueden ayudar a encontrar uno para su ser querido.',
      staff:
        'Para encontrar uno, ofrezca a la persona la línea de ayuda de abajo y FindTreatment.gov.',
    },
    helpline: {
      you: 'La Línea Nacional de Ayuda de SAMHSA es gratuita y confidencial, y atiende las 24 horas, los 7 días de la semana, en inglés y en español. Le puede ayudar a encontrar atención cerca de usted.',
      they: 'La Línea Nacional de Ayuda de SAMHSA es gratuita y confidencial, y atiende las 24 horas, los 7 días de la semana, en inglés y en español. Le puede ayudar a encontrar atención cerca de su ser querido.',
      staff:
        'La Línea Nacional de Ayuda de SAMHSA es gratuita y confidencial, y atiende las 24 horas, los 7 días de la semana, en inglés y en español. Puede ayudar a la persona a encontrar atención cerca de donde vive.',
    },
    callHelpline: 'Llame a la línea de ayuda:',
    search: {
      you: 'También puede buscar tratamiento cerca de usted en',
      they: 'También puede buscar tratamiento cerca de su ser querido en',
      staff: 'La persona también puede buscar tratamiento cerca de donde vive en',
    },
    infoHeading: 'Dónde saber más',
    infoCall: {
      you: 'Llame a {center} con cualquier pregunta: le pueden decir qué hay cerca de usted.',
      they: 'Llame a {center} con cualquier pregunta: le pueden decir qué hay cerca de su ser querido.',
      staff: 'Ofrezca responder las preguntas de la persona, y la línea de ayuda de abajo.',
    },
    infoHelpline:
      'La Línea Nacional de Ayuda de SAMHSA también responde preguntas. Es gratuita y confidencial, y atiende las 24 horas, los 7 días de la semana, en inglés y en español.',
  },
  questions: {
    heading: 'Preguntas para hacerle a cualquier programa',
    intro: {
      you: 'Haga estas preguntas a cualquier programa que esté considerando, también a {center}.',
      they: 'Haga estas preguntas a cualquier programa que esté considerando para su ser querido, también a {center}.',
      staff:
        'Preguntas que la persona puede hacerle a cualquier programa, también a este. Respóndalas con claridad.',
    },
    licensedBy: '¿Tiene licencia del estado ({licensingBody})?',
    licensedByState: '¿Tiene licencia del estado?',
    items: [
      '¿Los consejeros y terapeutas tienen licencia?',
      '¿Qué métodos de tratamiento usa, y hay estudios que muestren que funcionan?',
      '¿Cuántas personas hay en una sesión de grupo?',
      '¿Qué pasa si alguien consume durante el tratamiento?',
      '¿Cuántas personas terminan el programa, y qué apoyo hay cuando termina?',
      '¿Ofrece medicamentos para el consumo de alcohol u opioides, o ayuda a conseguirlos?',
      '¿Cuánto costará después del seguro?',
    ],
  },
  staff: {
    firstProgram: 'Primer programa',
    noProgram: 'Ningún programa en la lista para este nivel',
    noteHeading: 'Programas que podrían ser adecuados',
    noteAlternative: 'Opción para preguntar',
    noteReferral:
      'Ningún programa en la lista para este nivel (o para esta edad). Referir: Línea Nacional de Ayuda de SAMHSA 1-800-662-4357 (gratuita, 24/7, inglés y español); FindTreatment.gov.',
    noteQuestions:
      'Siguiente paso: ofrezca las preguntas para hacerle a cualquier programa (licencia estatal, profesionales con licencia, métodos, tamaño de los grupos, consumo durante el tratamiento, cuántos terminan y el apoyo después, medicamentos, costo después del seguro).',
  },
} as const satisfies ProgramWords;
