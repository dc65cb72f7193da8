/**
 * Español: la revisión, el resultado, las notas y el modo para el personal. Se carga cuando la
 * persona ya está respondiendo (src/app/deferred.ts). Mismo tono que ./es.core.ts.
 */
import type { LaterWords } from './types';
import { esPrograms } from './es.programs';
import { esCall } from './es.call';
import { esInterpreter } from './es.interpreter';

const selectAll = {
  you: 'Elija todas las que correspondan.',
  they: 'Elija todas las que correspondan.',
};
const yesNo = { yes: { label: 'Sí' }, no: { label: 'No' } };
const asqOptions = {
  yes: { label: 'Sí' },
  no: { label: 'No' },
  decline: { label: 'Prefiero no responder' },
};
const noneOfThese = { label: 'Ninguna de estas opciones' };

export const esLater = {
  screens: {
    respondent: { you: '¿Para quién es?', they: '¿Para quién es?' },
    age: { you: 'Sobre usted', they: 'Sobre su ser querido' },
    danger: { you: 'Seguridad en este momento', they: 'Seguridad en este momento' },
    substances: { you: 'Consumo de sustancias', they: 'Consumo de sustancias' },
    frequency: {
      you: 'Con qué frecuencia consume',
      they: 'Con qué frecuencia consume su ser querido',
    },
    criteria: {
      you: 'Cómo afecta el consumo a su vida',
      they: 'Cómo afecta el consumo a la vida de su ser querido',
    },
    withdrawal: {
      you: 'Al dejar o reducir el consumo',
      they: 'Al dejar o reducir el consumo',
    },
    medical: { you: 'Su salud', they: 'La salud de su ser querido' },
    asq: {
      you: 'Preguntas que hacemos a todas las personas, para que usted reciba el apoyo adecuado',
      they: 'Preguntas que hacemos a todas las personas, para que su ser querido reciba el apoyo adecuado',
    },
    'asq-now': {
      you: 'Su seguridad en este momento',
      they: 'La seguridad de su ser querido en este momento',
    },
    mental: { you: 'Su salud mental', they: 'La salud mental de su ser querido' },
    readiness: { you: 'Hacer un cambio', they: 'Hacer un cambio' },
    treatment: { you: 'Tratamiento anterior', they: 'Tratamiento anterior' },
    home: { you: 'Dónde vive', they: 'Dónde vive su ser querido' },
    'home-safety': { you: 'Seguridad en casa', they: 'Seguridad en casa' },
    support: { you: 'Apoyo y transporte', they: 'Apoyo y transporte' },
    obligations: { you: 'Trabajo, escuela y familia', they: 'Trabajo, escuela y familia' },
    schedule: {
      you: 'Mejor horario para las sesiones',
      they: 'Mejor horario para las sesiones',
    },
    insurance: { you: 'Seguro médico', they: 'Seguro médico' },
  },

  questions: {
    'about.age': {
      label: { you: '¿Qué edad tiene?', they: '¿Qué edad tiene su ser querido?' },
      short: 'Edad',
      options: {
        'under-18': { label: 'Menos de 18 años' },
        '18-64': { label: 'De 18 a 64 años' },
        '65-plus': { label: '65 años o más' },
      },
    },
    'safety.emergencyNow': {
      label: {
        you: '¿Está usted, o alguien que está con usted, en peligro en este momento?',
        they: '¿Está su ser querido, o alguna otra persona, en peligro en este momento?',
      },
      hint: {
        you: 'Esto quiere decir señales de una sobredosis (como respirar lento o no respirar, o labios morados), una convulsión, dolor en el pecho, dificultad para respirar, o una persona a la que no se puede despertar.',
        they: 'Esto quiere decir señales de una sobredosis (como respirar lento o no respirar, o labios morados), una convulsión, dolor en el pecho, dificultad para respirar, o una persona a la que no se puede despertar.',
      },
      short: 'Peligro en este momento',
      options: yesNo,
    },
    'use.substances': {
      label: {
        you: 'En los últimos 12 meses, ¿cuáles de estas ha consumido?',
        they: 'En los últimos 12 meses, ¿cuáles de estas ha consumido su ser querido?',
      },
      hint: selectAll,
      short: 'Sustancias consumidas',
      options: {
        alcohol: { label: 'Alcohol' },
        opioids: { label: 'Opioides', hint: 'Como heroína, fentanilo o pastillas para el dolor' },
        benzodiazepines: {
          label: 'Benzodiacepinas u otros sedantes',
          hint: 'Como Xanax, Valium, Klonopin u otras pastillas para la ansiedad o para dormir',
        },
        stimulants: {
          label: 'Estimulantes',
          hint: 'Como metanfetamina (cristal), cocaína o pastillas estimulantes',
        },
        cannabis: { label: 'Cannabis', hint: 'Como marihuana, comestibles o vapeadores' },
        other: { label: 'Otras drogas', hint: 'Cualquier droga que no esté en la lista' },
        none: noneOfThese,
      },
    },
    'use.frequency': {
      label: {
        you: 'En los últimos 30 días, ¿con qué frecuencia consumió alguna de las sustancias que eligió?',
        they: 'En los últimos 30 días, ¿con qué frecuencia consumió su ser querido alguna de las sustancias que usted eligió?',
      },
      short: 'Frecuencia (últimos 30 días)',
      options: {
        daily: { label: 'Todos los días o casi todos los días' },
        weekly: { label: 'Al menos una vez por semana, pero no todos los días' },
        monthly: { label: 'Menos de una vez por semana' },
        'not-recent': { label: 'Nada en los últimos 30 días' },
      },
    },
    'use.lastUse': {
      label: {
        you: '¿Cuándo fue la última vez que consumió?',
        they: '¿Cuándo fue la última vez que consumió su ser querido?',
      },
      short: 'Último consumo',
      options: {
        today: { label: 'En las últimas 24 horas' },
        days: { label: 'Hace 1 a 7 días' },
        weeks: { label: 'Hace 8 a 30 días' },
      },
    },
    'use.criteria': {
      label: {
        you: 'En los últimos 12 meses, ¿cuáles de estas cosas han sido ciertas en su caso?',
        they: 'En los últimos 12 meses, ¿cuáles de estas cosas han sido ciertas en el caso de su ser querido?',
      },
      hint: {
        you: 'Elija todas las que correspondan. No cuente la tolerancia (necesitar más) ni la abstinencia por un medicamento que usted toma como se lo recetó su médico.',
        they: 'Elija todas las que correspondan. No cuente la tolerancia (necesitar más) ni la abstinencia por un medicamento que su ser querido toma como se lo recetó su médico.',
      },
      short: 'Señales en los últimos 12 meses',
      options: {
        'larger-amounts': { label: 'Consumir más, o por más tiempo, de lo que se pensaba' },
        'cut-down': { label: 'Querer reducir o dejar el consumo, o intentarlo sin lograrlo' },
        'time-spent': {
          label:
            'Pasar mucho tiempo consiguiendo la sustancia, consumiéndola o recuperándose de sus efectos',
        },
        craving: { label: 'Tener ganas muy fuertes de consumir' },
        'role-failure': {
          label: 'Dejar de cumplir con el trabajo, la escuela o la casa por el consumo',
        },
        'social-problems': {
          label: 'Seguir consumiendo aunque causaba problemas con la familia o las amistades',
        },
        'activities-given-up': {
          label: 'Dejar o reducir actividades importantes o que se disfrutaban, por el consumo',
        },
        'hazardous-use': {
          label: 'Consumir cuando era peligroso para el cuerpo, como antes de manejar',
        },
        'physical-psych-problems': {
          label:
            'Seguir consumiendo aun sabiendo que causaba o empeoraba un problema de salud física o mental',
        },
        tolerance: {
          label:
            'Necesitar más para sentir el mismo efecto, o sentir menos efecto con la misma cantidad',
        },
        withdrawal: {
          label:
            'Sentirse mal cuando pasaba el efecto (abstinencia), o consumir para no sentirse así',
          hint: 'Como temblores, sudor, malestar de estómago, ansiedad o no poder dormir',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.history': {
      label: {
        you: 'Después de dejar o reducir el consumo, ¿alguna vez ha tenido algo de esto?',
        they: 'Después de dejar o reducir el consumo, ¿alguna vez ha tenido su ser querido algo de esto?',
      },
      hint: selectAll,
      short: 'Abstinencia en el pasado',
      options: {
        seizures: { label: 'Una convulsión' },
        dts: {
          label: 'Ver u oír cosas, o mucha confusión',
          hint: 'A veces se llama delirium tremens (DT)',
        },
        'medical-detox': {
          label: 'Necesitó desintoxicación médica',
          hint: 'Atención de personal médico para dejar el consumo sin peligro',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.current': {
      label: {
        you: 'En este momento, ¿tiene señales de abstinencia?',
        they: 'En este momento, ¿tiene su ser querido señales de abstinencia?',
      },
      hint: {
        you: 'La abstinencia es la forma en que el cuerpo reacciona cuando una persona reduce o deja el consumo.',
        they: 'La abstinencia es la forma en que el cuerpo reacciona cuando una persona reduce o deja el consumo.',
      },
      short: 'Abstinencia ahora',
      options: {
        none: { label: 'Ninguna señal' },
        mild: {
          label: 'Señales leves',
          hint: 'Temblores, sudor, ansiedad, malestar de estómago o no poder dormir',
        },
        severe: {
          label: 'Señales graves',
          hint: 'Una convulsión, ver u oír cosas, confusión, o no poder retener líquidos',
        },
      },
    },
    'medical.condition': {
      label: {
        you: '¿Tiene algún problema de salud física de largo plazo?',
        they: '¿Tiene su ser querido algún problema de salud física de largo plazo?',
      },
      hint: {
        you: 'Por ejemplo: diabetes, enfermedad del corazón, del hígado o de los pulmones, o presión alta.',
        they: 'Por ejemplo: diabetes, enfermedad del corazón, del hígado o de los pulmones, o presión alta.',
      },
      short: 'Problema de salud',
      options: {
        none: { label: 'No' },
        stable: { label: 'Sí, y está bajo control' },
        unstable: {
          label: 'Sí, y no está bajo control',
          hint: 'O necesita atención médica con frecuencia',
        },
      },
    },
    'medical.pregnant': {
      label: {
        you: '¿Está embarazada?',
        they: '¿Está embarazada la persona por quien responde?',
      },
      hint: {
        you: 'Muchos programas atienden primero a las personas embarazadas.',
        they: 'Muchos programas atienden primero a las personas embarazadas.',
      },
      short: 'Embarazo',
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        'not-applicable': { label: 'No aplica' },
        'prefer-not': { label: 'Prefiero no responder' },
      },
    },
    // El ASQ (Ask Suicide-Screening Questions del NIMH, un instrumento validado; issue 18,
    // HAZ-33). NO es la traducción oficial del NIMH: el NIMH publica el ASQ en español
    // (https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials, "ASQ in
    // other languages"), pero su texto no se pudo encontrar ni verificar, así que estas preguntas
    // "usted" son una traducción fiel, palabra por palabra, de las preguntas en inglés del NIMH
    // (en.later.ts), cerca de lo que citan copias de terceros ("¿ha deseado estar muerto(a)?",
    // "si estuviera muerto(a)", "¿ha estado pensando en suicidarse?"), sin revisión profesional.
    // Las de "su ser querido" son una adaptación fiel de este proyecto (lo que la persona ha dicho
    // o mostrado), no del NIMH. Traductor: use la traducción oficial del NIMH si la tiene, y dígalo.
    'suicide.wishedDead': {
      label: {
        you: 'En las últimas semanas, ¿ha deseado estar muerto(a)?',
        they: 'En las últimas semanas, ¿su ser querido ha dicho o dado señales de que ha deseado estar muerto(a)?',
      },
      short: 'Deseó estar muerto(a) (últimas semanas)',
      options: asqOptions,
    },
    'suicide.betterOff': {
      label: {
        you: 'En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si usted estuviera muerto(a)?',
        they: 'En las últimas semanas, ¿su ser querido ha dicho o dado señales de que siente que él o ella o su familia estarían mejor si estuviera muerto(a)?',
      },
      short: 'Sintió que sería mejor morir (últimas semanas)',
      options: asqOptions,
    },
    'suicide.thoughts': {
      label: {
        you: 'En la última semana, ¿ha estado pensando en suicidarse?',
        they: 'En la última semana, ¿su ser querido ha dicho o dado señales de que ha estado pensando en suicidarse?',
      },
      short: 'Pensamientos de suicidio (última semana)',
      options: asqOptions,
    },
    'suicide.attempt': {
      label: {
        you: '¿Alguna vez ha intentado suicidarse?',
        they: 'Que usted sepa, ¿su ser querido ha intentado suicidarse alguna vez?',
      },
      short: 'Intento de suicidio en el pasado',
      options: asqOptions,
    },
    'suicide.now': {
      label: {
        you: '¿Está pensando en suicidarse en este momento?',
        they: '¿Su ser querido está hablando de quitarse la vida, o dando señales de querer hacerlo, en este momento?',
      },
      short: 'Pensamientos de suicidio ahora',
      options: asqOptions,
    },
    'mental.symptoms': {
      label: {
        you: '¿Cómo ha estado su salud mental últimamente?',
        they: '¿Cómo ha estado la salud mental de su ser querido últimamente?',
      },
      hint: {
        you: 'Por ejemplo: sentir mucha tristeza, preocupación o nervios, o no sentirse como siempre.',
        they: 'Por ejemplo: sentir mucha tristeza, preocupación o nervios, o no sentirse como siempre.',
      },
      short: 'Salud mental',
      options: {
        none: { label: 'Ningún problema' },
        mild: { label: 'Algunos problemas, pero manejables' },
        interfering: {
          label: 'Problemas que dificultan trabajar, dormir o llevar el día a día',
        },
        severe: {
          label: 'Problemas graves',
          hint: 'Ver u oír cosas que otras personas no ven ni oyen, no poder cuidarse en lo básico, o sentir que pierde el control',
        },
      },
    },
    'readiness.stage': {
      label: {
        you: '¿Cómo se siente sobre hacer un cambio?',
        they: '¿Cómo se siente su ser querido sobre hacer un cambio?',
      },
      short: 'Disposición para cambiar',
      options: {
        ready: { label: 'Con ganas de hacer un cambio' },
        unsure: { label: 'Todavía con dudas' },
        pressured: {
          label: 'Otras personas quieren el cambio más',
          hint: 'Como la familia, la pareja, el trabajo o un juzgado',
        },
      },
    },
    'history.treatment': {
      label: {
        you: '¿Ha recibido antes alguno de estos tipos de tratamiento?',
        they: '¿Ha recibido su ser querido alguno de estos tipos de tratamiento antes?',
      },
      hint: selectAll,
      short: 'Tratamiento anterior',
      options: {
        detox: { label: 'Desintoxicación (atención para la abstinencia)' },
        outpatient: { label: 'Consejería ambulatoria' },
        iop: { label: 'Tratamiento ambulatorio intensivo (IOP)' },
        php: { label: 'Hospitalización parcial o programa de día (PHP)' },
        residential: { label: 'Tratamiento residencial (vivir en el centro)' },
        none: noneOfThese,
      },
    },
    'history.relapsedAfter': {
      label: {
        you: 'Después de ese tratamiento, ¿volvió a consumir?',
        they: 'Después de ese tratamiento, ¿volvió a consumir su ser querido?',
      },
      hint: {
        you: 'Esto es común en la recuperación. Nos ayuda a sugerir el apoyo adecuado.',
        they: 'Esto es común en la recuperación. Nos ayuda a sugerir el apoyo adecuado.',
      },
      short: 'Volvió a consumir después del tratamiento',
      options: yesNo,
    },
    'history.recentDischarge': {
      label: {
        you: '¿Terminó un programa residencial o de hospitalización parcial (PHP) en los últimos 30 días?',
        they: '¿Terminó su ser querido un programa residencial o de hospitalización parcial (PHP) en los últimos 30 días?',
      },
      short: 'Terminó residencial o PHP (últimos 30 días)',
      options: yesNo,
    },
    'living.situation': {
      label: { you: '¿Dónde vive ahora?', they: '¿Dónde vive ahora su ser querido?' },
      short: 'Vivienda',
      options: {
        stable: { label: 'Casa propia o de la familia' },
        'sober-living': { label: 'Vivienda de recuperación (casa de vida sobria)' },
        unstable: {
          label: 'Un lugar temporal',
          hint: 'Como quedarse en casa de amistades por un tiempo, de sofá en sofá',
        },
        homeless: {
          label: 'Sin lugar donde quedarse',
          hint: 'Como vivir en la calle, en un carro o en un albergue',
        },
      },
    },
    'living.othersUse': {
      label: {
        you: '¿Alguien que vive con usted bebe mucho o consume drogas con frecuencia?',
        they: '¿Alguien que vive con su ser querido bebe mucho o consume drogas con frecuencia?',
      },
      short: 'Alguien en casa consume mucho',
      options: yesNo,
    },
    'living.safe': {
      label: {
        you: '¿Se siente a salvo donde vive?',
        they: '¿Se siente a salvo su ser querido donde vive?',
      },
      hint: {
        you: 'A salvo quiere decir que nadie allí le hace daño ni le amenaza.',
        they: 'A salvo quiere decir que nadie allí le hace daño ni le amenaza.',
      },
      short: 'Se siente a salvo en casa',
      options: yesNo,
    },
    'living.support': {
      label: {
        you: '¿Hay personas en su vida que apoyan su recuperación?',
        they: '¿Hay personas en la vida de su ser querido que apoyan su recuperación?',
      },
      short: 'Apoyo para la recuperación',
      options: {
        strong: { label: 'Sí, mucho apoyo' },
        some: { label: 'Algo de apoyo' },
        none: { label: 'Ningún apoyo por ahora' },
      },
    },
    'living.transport': {
      label: {
        you: '¿Tiene una manera confiable de llegar a sus citas varias veces por semana?',
        they: '¿Tiene su ser querido una manera confiable de llegar a sus citas varias veces por semana?',
      },
      short: 'Manera confiable de llegar a las citas',
      options: yesNo,
    },
    'obligations.roles': {
      label: {
        you: '¿Cuáles de estas cosas son parte de su vida ahora?',
        they: '¿Cuáles de estas cosas son parte de la vida de su ser querido ahora?',
      },
      hint: selectAll,
      short: 'Trabajo, escuela y cuidado de otras personas',
      options: {
        'work-full': { label: 'Trabajo de tiempo completo' },
        'work-part': { label: 'Trabajo de medio tiempo' },
        school: { label: 'Escuela o clases' },
        children: { label: 'Cuidado de niños' },
        caregiver: {
          label: 'Cuidado de otra persona',
          hint: 'Como un padre o una madre mayor, o un familiar con una enfermedad',
        },
        none: noneOfThese,
      },
    },
    'obligations.canStepAway': {
      label: {
        you: '¿Podría tomarse un tiempo fuera de su vida diaria para recibir tratamiento?',
        they: '¿Podría su ser querido tomarse un tiempo fuera de su vida diaria para recibir tratamiento?',
      },
      short: 'Tiempo fuera para el tratamiento',
      options: {
        yes: { label: 'Sí, podría quedarse en un programa varias semanas' },
        daytime: {
          label: 'Podría ir a un programa de día completo entre semana, pero no quedarse a dormir',
        },
        no: {
          label:
            'No, el tratamiento tiene que adaptarse al trabajo, la escuela o el cuidado de otras personas',
        },
        unsure: { label: 'No sé' },
      },
    },
    'obligations.schedule': {
      label: {
        you: 'Si fuera a sesiones, ¿qué hora del día le quedaría mejor?',
        they: 'Si su ser querido fuera a sesiones, ¿qué hora del día le quedaría mejor?',
      },
      short: 'Mejor horario para las sesiones',
      options: {
        morning: { label: 'Mañana', hint: 'Más o menos de 9 a. m. a 12 del mediodía' },
        afternoon: { label: 'Tarde', hint: 'Más o menos de 1 a 4 p. m.' },
        evening: { label: 'Noche', hint: 'Más o menos de 6 a 9 p. m.' },
        any: { label: 'Cualquier hora' },
      },
    },
    'insurance.type': {
      label: {
        you: '¿Qué tipo de seguro médico tiene?',
        they: '¿Qué tipo de seguro médico tiene su ser querido?',
      },
      hint: {
        you: 'Los centros de tratamiento pueden revisar su cobertura gratis.',
        they: 'Los centros de tratamiento pueden revisar la cobertura de su ser querido gratis.',
      },
      short: 'Seguro médico',
      options: {
        commercial: {
          label: 'Seguro privado',
          hint: 'Por medio de un trabajo, del Mercado de seguros o comprado directamente',
        },
        medicaid: {
          label: 'Medicaid',
          hint: 'Cobertura de salud del estado, gratis o de bajo costo',
        },
        medicare: {
          label: 'Medicare',
          hint: 'Cobertura federal para personas de 65 años o más, o con ciertas discapacidades',
        },
        none: { label: 'Sin seguro' },
        unsure: { label: 'No sé' },
      },
    },
  },

  review: {
    heading: 'Revise sus respuestas',
    intro: 'Mire sus respuestas. Puede cambiar cualquiera antes de ver el resultado.',
    submit: 'Ver el resultado',
    changeHidden: 'su respuesta sobre {question}',
  },

  levels: {
    residential: {
      name: 'Tratamiento residencial',
      inSentence: 'tratamiento residencial',
      summary:
        'Vivir en un centro de tratamiento por un tiempo, con personal allí de día y de noche para dar apoyo, estructura y atención.',
      week: [
        'Vivir en el centro, con apoyo las 24 horas del día',
        'Cada día tiene un horario fijo: consejería en grupo e individual, clases y descanso',
        'La estadía suele durar de 30 a 90 días',
      ],
    },
    php: {
      name: 'Hospitalización parcial (PHP)',
      inSentence: 'hospitalización parcial (PHP)',
      summary:
        'Un programa de tratamiento de día completo, la mayoría de los días de la semana, con las noches en casa.',
      week: [
        'De 5 a 7 días por semana, unas 6 horas al día',
        '20 horas o más de tratamiento por semana',
        'Volver a casa cada noche',
      ],
    },
    iop: {
      name: 'Tratamiento ambulatorio intensivo (IOP)',
      inSentence: 'tratamiento ambulatorio intensivo (IOP)',
      summary:
        'Unas horas de tratamiento varios días por semana, sin dejar la casa, el trabajo ni la escuela.',
      week: [
        'De 3 a 5 días por semana, unas 3 horas cada vez (de 9 a 19 horas por semana)',
        'Vivir en casa y seguir con el trabajo o la escuela',
      ],
      weekTimes: 'Sesiones de mañana (de 9 a 12), de tarde (de 1 a 4) o de noche (de 6 a 9)',
    },
    outpatient: {
      name: 'Consejería ambulatoria',
      inSentence: 'consejería ambulatoria',
      summary: 'Consejería regular, individual o en grupo, que se adapta a la vida diaria.',
      week: ['1 o 2 sesiones por semana', 'Menos de 9 horas por semana en total', 'Vivir en casa'],
    },
    'early-intervention': {
      name: 'Intervención temprana',
      inSentence: 'intervención temprana',
      summary:
        'Aprender sobre el consumo de sustancias y sus riesgos, con unas pocas sesiones cortas de consejería, para evitar que los problemas crezcan.',
      week: [
        'Aprender cómo el alcohol y las drogas afectan la salud',
        'Unas pocas sesiones cortas de consejería',
        'Seguimiento para ver cómo van las cosas',
      ],
    },
  },

  result: {
    heading: {
      you: 'Atención que podría ser adecuada para usted',
      they: 'Atención que podría ser adecuada para su ser querido',
      staff: 'Atención que podría ser adecuada para la persona',
    },
    oftenCalled: 'Suele llamarse Nivel {asam} de ASAM',
    whyHeading: 'Por qué sugerimos esto',
    weekHeading: 'Cómo es una semana',
    alternativeHeading: 'Otra opción para preguntar',
    alternativeBody: {
      you: 'Si {level} es difícil para usted en este momento, puede preguntar por {alternative}.',
      they: 'Si {level} es difícil para su ser querido en este momento, puede preguntar por {alternative}.',
      staff:
        'Si {level} es difícil para la persona en este momento, {alternative} es una opción para conversar.',
    },
    withdrawalHeading: 'Abstinencia y desintoxicación',
    withdrawal: {
      none: {
        you: 'Sus respuestas no indican que necesite atención para la abstinencia. Si se siente mal al reducir el consumo, avise al equipo de atención.',
        they: 'Las respuestas que usted dio no indican que su ser querido necesite atención para la abstinencia. Si su ser querido se siente mal al reducir el consumo, avise al equipo de atención.',
        staff:
          'Las respuestas no indican una necesidad de atención para la abstinencia. Si la persona se siente mal al reducir el consumo, el equipo de atención debe saberlo.',
      },
      monitor: {
        you: 'La abstinencia es posible. Preste atención a señales como temblores, sudor, ansiedad, malestar de estómago o problemas para dormir, y avise a su equipo de atención.',
        they: 'Su ser querido podría tener abstinencia. Preste atención a señales en su ser querido como temblores, sudor, ansiedad, malestar de estómago o problemas para dormir, y avise al equipo de atención.',
        staff:
          'La abstinencia es posible. Señales a vigilar: temblores, sudor, ansiedad, malestar de estómago o problemas para dormir. El equipo de atención debe saberlo.',
      },
      ambulatory: {
        you: 'Es posible que necesite desintoxicación con supervisión médica al principio. El personal médico puede ayudarle a dejar el consumo sin peligro, muchas veces sin pasar la noche en el centro.',
        they: 'Es posible que su ser querido necesite desintoxicación con supervisión médica al principio. El personal médico puede ayudar a su ser querido a dejar el consumo sin peligro, muchas veces sin pasar la noche en el centro.',
        staff:
          'Es posible que la persona necesite desintoxicación con supervisión médica al principio. El personal médico puede ayudar a la persona a dejar el consumo sin peligro, muchas veces sin pasar la noche en el centro.',
      },
      inpatient: {
        you: 'Dejar de consumir podría ser peligroso. La atención de la abstinencia con supervisión médica, en un centro con personal de día y de noche, es la forma más segura de empezar. Por favor, no lo deje de golpe por su cuenta.',
        they: 'Dejar de consumir podría ser peligroso para su ser querido. La atención de la abstinencia con supervisión médica, en un centro con personal de día y de noche, es la forma más segura de empezar. Su ser querido no debe dejarlo de golpe por su cuenta.',
        staff:
          'Dejar de consumir podría ser peligroso para la persona. La atención de la abstinencia con supervisión médica, en un centro con personal de día y de noche, es la forma más segura de empezar. La persona no debe dejarlo de golpe sin ayuda médica.',
      },
    },
    urgency: {
      today: {
        title: 'Llame hoy',
        body: {
          you: 'Por favor, llame hoy. Sus respuestas muestran que es mejor no esperar. No necesita tener todo resuelto.',
          they: 'Por favor, llame hoy. Sus respuestas muestran que es mejor que su ser querido no espere. Puede llamar por esa persona o junto con ella.',
        },
      },
      soon: {
        title: 'Llame pronto',
        body: {
          you: 'Trate de llamar en los próximos días. Cuanto antes llame, antes podrá recibir apoyo.',
          they: 'Trate de llamar en los próximos días. Cuanto antes llame, antes podrá recibir apoyo su ser querido.',
        },
      },
    },
    callHeading: 'Hable con alguien',
    callBody:
      'Llame a {center} al {phone} para una evaluación gratuita y confidencial. Un profesional clínico le ayudará a decidir qué atención es la adecuada.',
    sharedWithPartner:
      'Se le dijo a {partner} qué tipo de atención se sugirió, nunca sus respuestas.',
    notesHeading: 'Es bueno saber',
    safetyHeading: {
      you: 'Para mantenerse a salvo',
      they: 'Para que su ser querido esté a salvo',
      staff: 'Seguridad',
    },
    scheduleAsk: {
      you: 'Pida el horario de sesiones que mejor le quede.',
      they: 'Pida el horario de sesiones que mejor le quede a su ser querido.',
      staff: 'Conviene acordar con la persona el horario de sesiones que mejor se ajusta a su día.',
    },
    notDiagnosis: {
      you: 'Esto no es un diagnóstico. Se basa solo en sus respuestas. Un profesional clínico toma la decisión final sobre la atención.',
      they: 'Esto no es un diagnóstico. Se basa solo en sus respuestas. Un profesional clínico toma la decisión final sobre la atención.',
      staff:
        'Esto no es un diagnóstico. Se basa solo en las respuestas dadas durante la llamada. Un profesional clínico toma la decisión final sobre la atención.',
    },
    printHint: 'Imprima o guarde esta página para tenerla a mano cuando llame.',
    crisisResourcesTitle: 'Hable hoy con alguien: llame o envíe un texto al 988',
    urgentPrefix: 'Aviso urgente: ',
    scheduleChosen: {
      you: 'Usted eligió: {time}.',
      they: 'Usted eligió: {time}.',
      staff: 'Horario preferido: {time}.',
    },
    medicaidFallback: 'Medicaid',
  },

  reasons: {
    // Emergencia (paso 0)
    'emergency-danger-now': {
      you: 'Usted dijo que alguien está en peligro en este momento, por ejemplo con señales de sobredosis, una convulsión, dolor en el pecho, dificultad para respirar o alguien a quien no se puede despertar.',
      they: 'Usted dijo que su ser querido u otra persona está en peligro en este momento, por ejemplo con señales de sobredosis, una convulsión, dolor en el pecho, dificultad para respirar o alguien a quien no se puede despertar.',
      staff:
        'Quien llama dijo que alguien está en peligro en este momento, por ejemplo con señales de sobredosis, una convulsión, dolor en el pecho, dificultad para respirar o alguien a quien no se puede despertar.',
    },
    'emergency-suicide-now': {
      you: 'Usted dijo que está pensando en suicidarse en este momento, o prefirió no responder.',
      they: 'Usted dijo que su ser querido está hablando de quitarse la vida, o dando señales de querer hacerlo, en este momento, o prefirió no responder.',
      staff:
        'Según las respuestas, la persona tiene pensamientos de quitarse la vida en este momento, o quien llama prefirió no responder.',
    },
    'emergency-severe-withdrawal': {
      you: 'Usted dijo que tiene señales graves de abstinencia, como una convulsión, ver u oír cosas, confusión o no poder retener líquidos. Esto necesita atención médica ahora.',
      they: 'Usted dijo que su ser querido tiene señales graves de abstinencia, como una convulsión, ver u oír cosas, confusión o no poder retener líquidos. Esto necesita atención médica ahora.',
      staff:
        'La persona tiene señales graves de abstinencia, como una convulsión, ver u oír cosas, confusión o no poder retener líquidos. Esto necesita atención médica ahora.',
    },

    // Nivel base (paso 3)
    'no-substance-use': {
      you: 'Usted dijo que no ha consumido alcohol ni drogas en los últimos 12 meses.',
      they: 'Usted dijo que su ser querido no ha consumido alcohol ni drogas en los últimos 12 meses.',
      staff: 'La persona no ha consumido alcohol ni drogas en los últimos 12 meses.',
    },
    'few-signs-of-use-disorder': {
      you: 'Usted eligió una o ninguna de las señales de un problema con el consumo. Por sí solo, eso indica aprender más y tener unas pocas charlas cortas con un profesional.',
      they: 'Usted eligió una o ninguna de las señales de un problema con el consumo para su ser querido. Por sí solo, eso indica aprender más y tener unas pocas charlas cortas con un profesional.',
      staff:
        'Las respuestas muestran una o ninguna de las señales de un problema con el consumo. Por sí solo, eso indica aprender más y tener unas pocas charlas cortas con un profesional.',
    },
    'not-using-past-month': {
      you: 'Usted dijo que no ha consumido en los últimos 30 días. La consejería regular puede ayudarle a seguir así.',
      they: 'Usted dijo que su ser querido no ha consumido en los últimos 30 días. La consejería regular puede ayudarle a seguir así.',
      staff:
        'La persona no ha consumido en los últimos 30 días. La consejería regular puede ayudar a la persona a seguir así.',
    },
    'mild-use-disorder': {
      you: 'Usted eligió 2 o 3 de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a consejería una o dos veces por semana.',
      they: 'Usted eligió 2 o 3 de las señales de un problema con el consumo para su ser querido. Por sí solo, eso suele corresponder a consejería una o dos veces por semana.',
      staff:
        'Las respuestas muestran 2 o 3 de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a consejería una o dos veces por semana.',
    },
    'moderate-use-disorder': {
      you: 'Usted eligió 4 o 5 de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a unas horas de tratamiento varios días por semana.',
      they: 'Usted eligió 4 o 5 de las señales de un problema con el consumo para su ser querido. Por sí solo, eso suele corresponder a unas horas de tratamiento varios días por semana.',
      staff:
        'Las respuestas muestran 4 o 5 de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a unas horas de tratamiento varios días por semana.',
    },
    'severe-use-disorder': {
      you: 'Usted eligió 6 o más de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a un programa de día completo la mayoría de los días.',
      they: 'Usted eligió 6 o más de las señales de un problema con el consumo para su ser querido. Por sí solo, eso suele corresponder a un programa de día completo la mayoría de los días.',
      staff:
        'Las respuestas muestran 6 o más de las señales de un problema con el consumo. Por sí solo, eso suele corresponder a un programa de día completo la mayoría de los días.',
    },

    // Mínimos (paso 3)
    'withdrawal-can-be-dangerous': {
      you: 'Usted bebe alcohol o toma sedantes con frecuencia, y sus respuestas muestran que dejarlos podría causar una abstinencia peligrosa, como convulsiones. Lo más seguro es dejarlos con atención médica las 24 horas.',
      they: 'Su ser querido bebe alcohol o toma sedantes con frecuencia, y las respuestas que usted dio muestran que dejarlos podría causarle a su ser querido una abstinencia peligrosa, como convulsiones. Lo más seguro es dejarlos con atención médica las 24 horas.',
      staff:
        'La persona bebe alcohol o toma sedantes con frecuencia, y las respuestas muestran que dejarlos podría causar una abstinencia peligrosa, como convulsiones. Lo más seguro es dejarlos con atención médica las 24 horas.',
    },
    'medical-needs-care': {
      you: 'Usted dijo que tiene un problema de salud que no está bajo control o que necesita atención médica con frecuencia. La atención con personal médico cerca puede ayudar.',
      they: 'Usted dijo que su ser querido tiene un problema de salud que no está bajo control o que necesita atención médica con frecuencia. La atención con personal médico cerca puede ayudar.',
      staff:
        'La persona tiene un problema de salud que no está bajo control o que necesita atención médica con frecuencia. La atención con personal médico cerca puede ayudar.',
    },
    'mental-health-needs-close-care': {
      you: 'Sus respuestas sobre la salud mental o los pensamientos de suicidio muestran que una atención con más apoyo cada día le ayudaría a mantenerse a salvo.',
      they: 'Sus respuestas sobre la salud mental o los pensamientos de suicidio muestran que una atención con más apoyo cada día ayudaría a su ser querido a mantenerse a salvo.',
      staff:
        'Las respuestas sobre la salud mental o los pensamientos de suicidio muestran que una atención con más apoyo cada día ayudaría a la persona a mantenerse a salvo.',
    },
    'mental-health-needs-support': {
      you: 'Sus respuestas sobre cómo se ha sentido muestran que le vendría bien más apoyo que una sesión por semana.',
      they: 'Sus respuestas sobre cómo se ha sentido su ser querido muestran que le vendría bien más apoyo que una sesión por semana.',
      staff:
        'Las respuestas sobre cómo se ha sentido la persona muestran que necesita más apoyo que una sesión por semana.',
    },
    'returned-to-use-after-intensive-care': {
      you: 'Usted dijo que volvió a consumir después de un tratamiento intensivo (IOP, PHP o residencial). Más horas de apoyo pueden ayudar esta vez.',
      they: 'Usted dijo que su ser querido volvió a consumir después de un tratamiento intensivo (IOP, PHP o residencial). Más horas de apoyo pueden ayudar esta vez.',
      staff:
        'La persona volvió a consumir después de un tratamiento intensivo (IOP, PHP o residencial). Más horas de apoyo pueden ayudar esta vez.',
    },
    'high-chance-of-continued-use': {
      you: 'Usted dijo que volvió a consumir después de un tratamiento, o que consume casi todos los días y eligió muchas señales de un problema con el consumo. Más apoyo puede ayudarle a dejar o reducir el consumo.',
      they: 'Usted dijo que su ser querido volvió a consumir después de un tratamiento, o que consume casi todos los días y usted eligió muchas señales de un problema con el consumo. Más apoyo puede ayudarle a dejar o reducir el consumo.',
      staff:
        'La persona volvió a consumir después de un tratamiento, o consume casi todos los días con muchas señales de un problema con el consumo. Más apoyo puede ayudar a la persona a dejar o reducir el consumo.',
    },
    'no-safe-place-to-live': {
      you: 'Usted dijo que no tiene un lugar estable donde vivir, o que no se siente a salvo donde vive.',
      they: 'Usted dijo que su ser querido no tiene un lugar estable donde vivir, o que no se siente a salvo donde vive.',
      staff: 'La persona no tiene un lugar estable donde vivir, o no se siente a salvo donde vive.',
    },
    'home-makes-recovery-hard': {
      you: 'Usted dijo que su vivienda no es estable, o que alguien en casa bebe mucho o consume drogas con frecuencia y nadie apoya su recuperación. Eso puede hacer difícil la recuperación en casa.',
      they: 'Usted dijo que la vivienda de su ser querido no es estable, o que alguien en su casa bebe mucho o consume drogas con frecuencia y nadie apoya su recuperación. Eso puede hacer difícil la recuperación en casa.',
      staff:
        'La vivienda de la persona no es estable, o alguien en casa bebe mucho o consume drogas con frecuencia y nadie apoya la recuperación de la persona. Eso puede hacer difícil la recuperación en casa.',
    },
    'home-needs-more-support': {
      you: 'Usted dijo que alguien en casa bebe mucho o consume drogas con frecuencia, o que no tiene personas que apoyen su recuperación. Más tiempo en tratamiento puede darle ese apoyo.',
      they: 'Usted dijo que alguien en la casa de su ser querido bebe mucho o consume drogas con frecuencia, o que su ser querido no tiene personas que apoyen su recuperación. Más tiempo en tratamiento puede darle ese apoyo.',
      staff:
        'Alguien en la casa de la persona bebe mucho o consume drogas con frecuencia, o la persona no tiene quien apoye su recuperación. Más tiempo en tratamiento puede dar ese apoyo.',
    },
    'recently-finished-intensive-care': {
      you: 'Usted dijo que terminó un programa residencial o PHP en los últimos 30 días. Seguir con atención después ayuda a mantener su progreso.',
      they: 'Usted dijo que su ser querido terminó un programa residencial o PHP en los últimos 30 días. Seguir con atención después ayuda a mantener su progreso.',
      staff:
        'La persona terminó un programa residencial o PHP en los últimos 30 días. Seguir con atención después ayuda a mantener el progreso.',
    },

    // Atención de la abstinencia (paso 4)
    'withdrawal-inpatient': {
      you: 'Como la abstinencia podría ser peligrosa, lo más seguro es dejar el consumo en un centro con personal médico de día y de noche.',
      they: 'Como la abstinencia podría ser peligrosa para su ser querido, lo más seguro es dejar el consumo en un centro con personal médico de día y de noche.',
      staff:
        'Como la abstinencia podría ser peligrosa para la persona, lo más seguro es dejar el consumo en un centro con personal médico de día y de noche.',
    },
    'withdrawal-ambulatory': {
      you: 'Sus respuestas muestran que usted tiene, o podría tener, abstinencia al reducir o dejar el consumo. Es posible que el personal médico tenga que ayudar al principio.',
      they: 'Sus respuestas muestran que su ser querido tiene, o podría tener, abstinencia al reducir o dejar el consumo. Es posible que el personal médico tenga que ayudar al principio.',
      staff:
        'Las respuestas muestran que la persona tiene, o podría tener, abstinencia al reducir o dejar el consumo. Es posible que el personal médico tenga que ayudar al principio.',
    },
    'withdrawal-monitor': {
      you: 'Usted consume alcohol, sedantes u opioides con frecuencia, así que la abstinencia es posible. Preste atención a las señales y avise a su equipo de atención.',
      they: 'Su ser querido consume alcohol, sedantes u opioides con frecuencia, así que la abstinencia es posible. Preste atención a las señales y avise al equipo de atención.',
      staff:
        'La persona consume alcohol, sedantes u opioides con frecuencia, así que la abstinencia es posible. El equipo de atención debe vigilar las señales.',
    },

    // Urgencia (paso 5)
    'call-today-withdrawal': {
      you: 'Sus respuestas muestran que la abstinencia puede ser parte de la situación, y puede empeorar rápido. Llamar hoy permite que la ayuda empiece sin peligro.',
      they: 'Sus respuestas muestran que la abstinencia puede ser parte de la situación de su ser querido, y puede empeorar rápido. Llamar hoy permite que la ayuda empiece sin peligro.',
      staff:
        'Las respuestas muestran que la abstinencia puede ser parte de la situación, y puede empeorar rápido. Una evaluación hoy permite que la ayuda empiece sin peligro.',
    },
    'call-today-medical': {
      you: 'Usted dijo que tiene un problema de salud que no está bajo control, o que está embarazada. Es mejor que la atención empiece sin demora.',
      they: 'Usted dijo que su ser querido tiene un problema de salud que no está bajo control, o que hay un embarazo. Es mejor que la atención empiece sin demora.',
      staff:
        'La persona tiene un problema de salud que no está bajo control, o hay un embarazo. Es mejor que la atención empiece sin demora.',
    },
    'call-today-mental-health': {
      you: 'Sus respuestas sobre la salud mental o los pensamientos de suicidio muestran que es importante hablar hoy con alguien.',
      they: 'Las respuestas que usted dio sobre la salud mental de su ser querido o sobre sus pensamientos de suicidio muestran que es importante que su ser querido hable hoy con alguien.',
      staff:
        'Las respuestas sobre la salud mental de la persona o sus pensamientos de suicidio muestran que es importante que hable hoy con alguien.',
    },
    'call-today-safe-place': {
      you: 'Usted no tiene un lugar estable y seguro donde vivir en este momento. El centro puede hablar hoy con usted sobre opciones.',
      they: 'Su ser querido no tiene un lugar estable y seguro donde vivir en este momento. El centro puede hablar hoy con usted sobre opciones.',
      staff:
        'La persona no tiene un lugar estable y seguro donde vivir en este momento. Conviene hablar hoy de opciones.',
    },
    'call-today-suicide-screen': {
      you: 'Sus respuestas a las preguntas sobre el suicidio muestran que es importante hablar hoy con alguien.',
      they: 'Sus respuestas a las preguntas sobre el suicidio muestran que es importante que su ser querido hable hoy con alguien.',
      staff:
        'Las respuestas a las preguntas de detección del suicidio muestran que es importante que la persona hable hoy con alguien.',
    },
    'call-today-tolerance-loss': {
      you: 'Después de un tiempo sin opioides, el cuerpo no aguanta la cantidad de antes. Recibir atención hoy baja el riesgo de una sobredosis.',
      they: 'Después de un tiempo sin opioides, el cuerpo no aguanta la cantidad de antes. Recibir atención hoy baja el riesgo de sobredosis de su ser querido.',
      staff:
        'Después de un tiempo sin opioides, el cuerpo no aguanta la cantidad de antes. Recibir atención hoy baja el riesgo de sobredosis de la persona.',
    },

    // Alternativa (paso 6)
    'alternative-day-program': {
      you: 'Usted dijo que podría ir a un programa de día completo entre semana, pero no quedarse a dormir. Un programa de día (PHP) es una opción para preguntar.',
      they: 'Usted dijo que su ser querido podría ir a un programa de día completo entre semana, pero no quedarse a dormir. Un programa de día (PHP) es una opción para preguntar.',
      staff:
        'La persona podría ir a un programa de día completo entre semana, pero no quedarse a dormir. Un programa de día (PHP) es una opción para conversar.',
    },
    'alternative-fits-around-life': {
      you: 'Usted dijo que el tratamiento tiene que adaptarse al trabajo, la escuela o el cuidado de otras personas. El tratamiento ambulatorio intensivo (IOP), unas horas al día, es una opción para preguntar.',
      they: 'Usted dijo que el tratamiento tiene que adaptarse al trabajo, la escuela o el cuidado de otras personas que tiene su ser querido. El tratamiento ambulatorio intensivo (IOP), unas horas al día, es una opción para preguntar.',
      staff:
        'El tratamiento tiene que adaptarse al trabajo, la escuela o el cuidado de otras personas que tiene la persona. El tratamiento ambulatorio intensivo (IOP), unas horas al día, es una opción para conversar.',
    },
  },

  notes: {
    readiness: {
      you: 'Es normal tener dudas sobre hacer un cambio. Una primera llamada es solo una conversación. No le compromete a nada.',
      they: 'Es normal que su ser querido tenga dudas sobre hacer un cambio. Una primera llamada es solo una conversación. No compromete a nadie a nada, y puede preguntar cómo ayudar.',
      staff:
        'Es normal tener dudas sobre hacer un cambio. Una primera evaluación es solo una conversación y no compromete a la persona a nada.',
    },
    transport: {
      you: 'Ir a sesiones varias veces por semana puede ser difícil. Pregunte al centro si ofrece ayuda con el transporte, o telesalud (sesiones por video).',
      they: 'Ir a sesiones varias veces por semana puede ser difícil. Pregunte al centro si ofrece ayuda con el transporte para su ser querido, o telesalud (sesiones por video).',
      staff:
        'Ir a sesiones varias veces por semana puede ser difícil para la persona. Conviene ofrecer ayuda con el transporte, o telesalud (sesiones por video).',
    },
    schedule: {
      you: 'Las sesiones suelen ser de mañana (más o menos de 9 a 12), de tarde (de 1 a 4) o de noche (de 6 a 9). Pida el horario que mejor le quede.',
      they: 'Las sesiones suelen ser de mañana (más o menos de 9 a 12), de tarde (de 1 a 4) o de noche (de 6 a 9). Pida el horario que mejor le quede a su ser querido.',
      staff:
        'Las sesiones suelen ser de mañana (más o menos de 9 a 12), de tarde (de 1 a 4) o de noche (de 6 a 9).',
    },
    pregnancy: {
      you: 'Cuando llame, diga primero que está embarazada. Muchos programas atienden primero a las personas embarazadas. No deje los opioides, el alcohol ni los sedantes de golpe sin consejo médico. Puede ser riesgoso para usted y para el bebé.',
      they: 'Cuando llame, diga primero que la persona está embarazada. Muchos programas atienden primero a las personas embarazadas. Su ser querido no debe dejar los opioides, el alcohol ni los sedantes de golpe sin consejo médico. Puede ser riesgoso para su ser querido y para el bebé.',
      staff:
        'La persona está embarazada. Muchos programas atienden primero a las personas embarazadas, así que conviene decirlo primero al derivar. La persona no debe dejar los opioides, el alcohol ni los sedantes de golpe sin consejo médico: puede ser riesgoso para la persona y para el bebé.',
    },
    insurance: {
      commercial: {
        you: 'La mayoría de los seguros cubren estos tipos de atención cuando son médicamente necesarios. Una ley federal (llamada de paridad) dice que los límites para esta atención no pueden ser más estrictos que para otra atención médica.',
        they: 'La mayoría de los seguros cubren estos tipos de atención cuando son médicamente necesarios. Una ley federal (llamada de paridad) dice que los límites para esta atención no pueden ser más estrictos que para otra atención médica.',
        staff:
          'La mayoría de los seguros cubren estos tipos de atención cuando son médicamente necesarios. Una ley federal (llamada de paridad) dice que los límites para esta atención no pueden ser más estrictos que para otra atención médica.',
      },
      medicaid: {
        you: '{program} cubre muchos de estos tipos de atención. Lo que cubre puede cambiar según el estado o el condado. El centro puede ayudarle a averiguarlo.',
        they: '{program} cubre muchos de estos tipos de atención. Lo que cubre puede cambiar según el estado o el condado. El centro puede ayudarle a averiguar la cobertura de su ser querido.',
        staff:
          '{program} cubre muchos de estos tipos de atención. Lo que cubre puede cambiar según el estado o el condado, así que conviene revisar la cobertura de la persona.',
      },
      medicare: {
        you: 'Medicare cubre la consejería ambulatoria, el tratamiento ambulatorio intensivo (IOP) y la hospitalización parcial (PHP). La cobertura para el tratamiento residencial es limitada. Pregunte al centro qué cubre su plan.',
        they: 'Medicare cubre la consejería ambulatoria, el tratamiento ambulatorio intensivo (IOP) y la hospitalización parcial (PHP). La cobertura para el tratamiento residencial es limitada. Pregunte al centro qué cubre el plan de su ser querido.',
        staff:
          'Medicare cubre la consejería ambulatoria, el tratamiento ambulatorio intensivo (IOP) y la hospitalización parcial (PHP). La cobertura para el tratamiento residencial es limitada: depende del plan de la persona.',
      },
      none: {
        you: 'Aun así puede recibir atención. Pregunte por programas pagados por el estado y por tarifas según sus ingresos. También puede llamar gratis a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 (en inglés y en español).',
        they: 'Su ser querido aun así puede recibir atención. Pregunte por programas pagados por el estado y por tarifas según los ingresos. También puede llamar gratis a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 (en inglés y en español).',
        staff:
          'La persona no tiene seguro y aun así puede recibir atención: programas pagados por el estado, tarifas según los ingresos, o la Línea Nacional de Ayuda de SAMHSA, gratis, al 1-800-662-4357 (en inglés y en español).',
      },
      unsure: {
        you: 'No hay problema. Los centros de tratamiento pueden revisar su cobertura gratis cuando llame.',
        they: 'No hay problema. Los centros de tratamiento pueden revisar la cobertura de su ser querido gratis cuando llame.',
        staff: 'La persona no sabe qué seguro tiene. La cobertura se puede revisar gratis.',
      },
    },
    'crisis-resources': {
      you: 'Por favor, hable hoy con alguien. Puede llamar o enviar un texto al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora, de día o de noche. Es gratis y confidencial. Para hablar en español, llame y oprima el 2, o envíe AYUDA por texto al 988 y un consejero le contestará en español.',
      they: 'Por favor, ayude a su ser querido a hablar hoy con alguien. Usted o su ser querido pueden llamar o enviar un texto al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora, de día o de noche. Es gratis y confidencial, y también puede llamar para preguntar cómo ayudar. Para hablar en español, llame y oprima el 2, o envíe AYUDA por texto al 988 y un consejero le contestará en español.',
      staff:
        'La detección del suicidio es positiva. La persona debe hablar hoy con alguien: el 988, la Línea de Prevención del Suicidio y Crisis, es gratis y confidencial, por llamada o texto, de día o de noche. Para hablar en español, se llama y se oprime el 2, o se envía AYUDA por texto al 988.',
    },
    naloxone: {
      you: 'La naloxona (Narcan) puede revertir una sobredosis de opioides. Muchas farmacias la venden sin receta. Llévela con usted y diga a otras personas dónde está. Señales de sobredosis: no se puede despertar a la persona, respira lento o no respira, labios morados o grises. Los estimulantes y las pastillas falsas muchas veces vienen mezclados con fentanilo, así que esto importa aunque usted no consuma opioides.',
      they: 'La naloxona (Narcan) puede revertir una sobredosis de opioides. Muchas farmacias la venden sin receta. Téngala donde usted y su ser querido puedan alcanzarla. Señales de sobredosis: no se puede despertar a la persona, respira lento o no respira, labios morados o grises. Los estimulantes y las pastillas falsas muchas veces vienen mezclados con fentanilo, así que esto importa aunque su ser querido no consuma opioides.',
      staff:
        'La naloxona (Narcan) puede revertir una sobredosis de opioides, y muchas farmacias la venden sin receta. La persona y quienes la rodean deben tenerla a mano. Señales de sobredosis: no se puede despertar a la persona, respira lento o no respira, labios morados o grises. Los estimulantes y las pastillas falsas muchas veces vienen mezclados con fentanilo, así que esto importa aunque no haya consumo de opioides.',
    },
    'tolerance-loss': {
      you: 'Después de un tiempo sin opioides, como en desintoxicación, en tratamiento o sin consumir, su cuerpo no aguanta tanto. Una dosis que antes era normal ahora puede causar la muerte. Tenga naloxona a mano.',
      they: 'Después de un tiempo sin opioides, como en desintoxicación, en tratamiento o sin consumir, el cuerpo de su ser querido no aguanta tanto. Una dosis que antes era normal ahora puede causar la muerte. Tenga naloxona a mano.',
      staff:
        'Después de un tiempo sin opioides, como en desintoxicación, en tratamiento o sin consumir, el cuerpo de la persona no aguanta tanto. Una dosis que antes era normal ahora puede causar la muerte. La naloxona debe estar a mano.',
    },
    moud: {
      you: 'Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona y naltrexona) funcionan en todos los niveles de atención. Pregunte al centro por ellos.',
      they: 'Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona y naltrexona) funcionan en todos los niveles de atención. Pregunte al centro por ellos para su ser querido.',
      staff:
        'Los medicamentos para el trastorno por consumo de opioides (buprenorfina, metadona y naltrexona) funcionan en todos los niveles de atención, y conviene hablarlos con la persona.',
    },
    'aud-meds': {
      you: 'Medicamentos como la naltrexona y el acamprosato pueden ayudar a reducir o dejar el alcohol. Pregunte al centro por ellos.',
      they: 'Medicamentos como la naltrexona y el acamprosato pueden ayudar a reducir o dejar el alcohol. Pregunte al centro por ellos para su ser querido.',
      staff:
        'Medicamentos como la naltrexona y el acamprosato pueden ayudar a reducir o dejar el alcohol, y conviene hablarlos con la persona.',
    },
    adolescent: {
      you: 'Los programas para jóvenes son diferentes. Los horarios, la escuela y la participación de la familia se adaptan a adolescentes. El centro le dirá si atiende a menores de 18 años, o le ayudará a encontrar un programa que sí lo haga.',
      they: 'Los programas para jóvenes son diferentes. Los horarios, la escuela y la participación de la familia se adaptan a adolescentes. El centro le dirá si atiende a menores de 18 años, o le ayudará a encontrar un programa que sí lo haga.',
      staff:
        'La persona es menor de 18 años. Los programas para jóvenes son diferentes: los horarios, la escuela y la participación de la familia se adaptan a adolescentes. Conviene confirmar que el programa atiende a menores de 18 años, o derivar a uno que sí lo haga.',
    },
    'mental-health-referral': {
      you: 'Lo que usted siente es importante. Hablar también con un profesional de salud mental puede ayudar.',
      they: 'Lo que siente su ser querido es importante. Hablar también con un profesional de salud mental puede ayudarle.',
      staff:
        'Lo que siente la persona es importante. Un profesional de salud mental, como un consejero o un médico, también puede ayudar.',
    },
  },

  handoff: {
    heading: 'Su código de respuestas',
    body: {
      you: 'Lea este código al llamar y no tendrá que responder otra vez. Quien tenga este código puede ver sus respuestas: compártalo solo con el centro.',
      they: 'Lea este código al llamar y no tendrá que responder otra vez. Quien tenga este código puede ver sus respuestas sobre su ser querido: compártalo solo con el centro.',
    },
    keep: 'Para volver más tarde, aquí o en otro dispositivo, anótelo o tome una captura de pantalla y elija «{question}».',
    copy: 'Copiar el código',
    copied: 'Código copiado.',
    copyFailed: 'No pudimos copiarlo. Puede leerlo en voz alta o anotarlo.',
    staffHeading: '¿La persona tiene un código?',
    staffHint:
      'Si la persona hizo la evaluación, escriba el código que le lea. Los guiones y espacios son opcionales.',
    label: 'Código de la persona',
    open: 'Abrir sus respuestas',
    errors: {
      empty: 'Escriba el código que le lea la persona.',
      character:
        'Un código no puede tener «{character}». Pida a la persona que lea esa parte otra vez.',
      tooShort: 'Este código es demasiado corto. Pida a la persona que lo lea completo.',
      tooLong: 'Este código es demasiado largo. Pida a la persona que lo lea otra vez.',
      mistake: 'Este código tiene un error. Pida a la persona que lo lea otra vez.',
      version: 'Este código es de otra versión de la evaluación. Haga las preguntas en su lugar.',
    },
    self: {
      label: 'El código de su resultado',
      hint: 'Escriba el código que anotó o guardó. Los guiones y espacios son opcionales. Verá las respuestas otra vez antes del resultado.',
      open: 'Abrir las respuestas',
      errors: {
        empty: 'Escriba el código de su resultado.',
        character: 'Un código no puede tener «{character}». Revise esa parte del código.',
        tooShort: 'Este código es demasiado corto. Revise que lo escribió completo.',
        tooLong: 'Este código es demasiado largo. Revíselo y vuelva a intentarlo.',
        mistake: 'Este código tiene un error. Revise cada letra y número, y vuelva a intentarlo.',
        version:
          'Este código es de otra versión de esta evaluación. Por favor, conteste las preguntas otra vez.',
      },
    },
  },
  staff: {
    start: {
      intro: [
        'Lea cada pregunta a la persona que llama y elija su respuesta. Puede llamar por sí misma o por un ser querido.',
        'Al final, verá un nivel de atención sugerido y una nota de admisión para copiar.',
      ],
      time: 'Unos 5 a 10 minutos de llamada',
      privacy:
        'Dígale a la persona: las respuestas se quedan en este navegador. No se envían a nadie. Se borran al pulsar «{newCaller}».',
      privacyShared:
        'Dígale a la persona: las respuestas se quedan en este navegador. Al final, se le dirá a {partner} qué tipo de atención se sugirió, nunca las respuestas. Se borran al pulsar «{newCaller}».',
      notDiagnosis:
        'Dígale a la persona que esto no es un diagnóstico. Una evaluación con un profesional clínico decide qué atención es la adecuada.',
    },
    review: {
      heading: 'Revise las respuestas de la persona que llama',
      intro:
        'Lea las respuestas a la persona que llama. Cambie las que sean distintas hoy y luego vea el resultado.',
    },
    ui: {
      ask: 'Pregunte:',
      panelTitle: 'Calificaciones en vivo',
      panelNote: 'Las preguntas que aún no se han hecho cuentan como el riesgo más bajo.',
      rating: '{n} de 4',
      severity: 'Gravedad',
      criteria: '{n} de 11 criterios',
      provisionalLevel: 'Nivel provisional',
      emergency: 'Emergencia',
      shortcutsTitle: 'Atajos de teclado',
      shortcutNumbers: '1–9: elegir esa respuesta en la pregunta en la que está',
      shortcutEnter: 'Enter: continuar',
      shortcutBack: 'Alt + flecha izquierda: volver',
      shortcutToggle: 'Usar las teclas de números para elegir respuestas',
      noteHeading: 'Nota de admisión',
      copyNote: 'Copiar la nota de admisión',
      copied: 'Copiada',
      copyFailed:
        'No se pudo copiar. La nota está seleccionada abajo: oprima Ctrl+C para copiarla.',
      newCaller: 'Nueva llamada',
      newCallerConfirm:
        '¿Borrar todas las respuestas para una nueva llamada? Esto no se puede deshacer.',
      newCallerYes: 'Sí, borrar todo',
      cancel: 'Cancelar',
      crisisHeading: 'Personal: quédese con la persona que llama',
      crisisSteps: [
        'Quédese en la línea. No cuelgue.',
        'Si alguien está en peligro ahora mismo, llame al 911 o pida a la persona que llame al 911.',
        'Si hay pensamientos de suicidio, transfiera la llamada al 988 sin colgar: quédese en la línea hasta que la persona hable con el 988.',
        'Siga el protocolo de crisis de su centro e informe a su supervisor.',
      ],
    },
    result: {
      nextStep: {
        today: {
          title: 'Siguiente paso: ofrecer una evaluación hoy',
          body: 'Las respuestas indican que la atención no debe esperar. Ofrezca una evaluación clínica hoy. Si no hay ninguna libre hoy, reserve la primera y asegúrese de que la persona tenga los números de crisis.',
        },
        soon: {
          title: 'Siguiente paso: ofrecer una evaluación en los próximos días',
          body: 'Ofrezca una evaluación clínica en los próximos días, o prográmela a una hora que se adapte al día de la persona.',
        },
      },
      crisisResourcesTitle: 'Detección del suicidio positiva: conecte hoy a la persona con el 988',
    },
    dimensions: {
      d1: 'Intoxicación aguda y/o potencial de abstinencia',
      d2: 'Condiciones y complicaciones biomédicas',
      d3: 'Condiciones y complicaciones emocionales, conductuales o cognitivas',
      d4: 'Disposición al cambio',
      d5: 'Potencial de recaída, de consumo continuado o de problemas continuados',
      d6: 'Entorno de recuperación y de vida',
    },
    severity: { none: 'Ninguna', mild: 'Leve', moderate: 'Moderada', severe: 'Grave' },
    note: {
      title: 'Tamizaje del nivel de atención: nota de admisión',
      notDiagnosis: 'Tamizaje con respuestas de la persona, no es un diagnóstico.',
      dateTime: 'Fecha y hora',
      center: 'Centro',
      appVersion: 'Versión de la aplicación',
      contractVersion: 'Versión del contrato',
      answersHeading: 'Respuestas',
      sections: {
        respondent: 'Quién responde',
        about: 'Sobre la persona',
        safety: 'Seguridad en este momento',
        use: 'Consumo de sustancias',
        withdrawal: 'Abstinencia',
        medical: 'Salud física',
        suicide: 'Tamizaje del riesgo de suicidio (ASQ)',
        mental: 'Salud mental',
        readiness: 'Disposición al cambio',
        history: 'Tratamientos anteriores',
        living: 'Vivienda y apoyo',
        obligations: 'Trabajo, escuela y familia',
        insurance: 'Seguro médico',
      },
      dimensionsHeading: 'Calificación de las dimensiones (0-4)',
      resultHeading: 'Resultado',
      severity: 'Gravedad',
      criteriaCount: 'Número de criterios',
      level: 'Nivel de atención',
      emergency: 'Emergencia',
      withdrawal: 'Manejo de la abstinencia',
      withdrawalValues: {
        none: 'No se indica',
        monitor: 'Vigilar las señales de abstinencia',
        ambulatory:
          'Ambulatorio (puede necesitar desintoxicación con supervisión médica al inicio)',
        inpatient: 'Con internación (abstinencia con monitoreo médico, 3.7-WM)',
      },
      urgency: 'Urgencia',
      urgencyValues: {
        emergency: 'Emergencia: 911 o 988 antes que nada',
        today: 'Llamar hoy',
        soon: 'Pronto (en los próximos días)',
      },
      alternative: 'Alternativa para hablar',
      none: 'Ninguna',
      reasonsHeading: 'Razones',
      notesHeading: 'Notas',
    },
  },

  programs: esPrograms,
  call: esCall,
  interpreter: esInterpreter,
} satisfies LaterWords;
