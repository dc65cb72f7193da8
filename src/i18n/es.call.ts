/** Palabras en español de los horarios, el texto y el recordatorio de la tarjeta de llamada. */
import type { CallWords } from './call-words';

export const esCall = {
  always: {
    you: 'Alguien contesta las 24 horas, los 7 días de la semana.',
    they: 'Alguien contesta las 24 horas, los 7 días de la semana.',
    staff: 'La oficina de admisiones atiende las 24 horas, los 7 días de la semana.',
  },
  openNow: {
    you: 'La oficina de admisiones está abierta ahora. Alguien le contestará.',
    they: 'La oficina de admisiones está abierta ahora. Alguien le contestará.',
    staff: 'La oficina de admisiones está abierta ahora.',
  },
  closedNow: {
    you: 'La oficina de admisiones está cerrada ahora. Vuelve a abrir el {day}, {time} ({zone}).',
    they: 'La oficina de admisiones está cerrada ahora. Vuelve a abrir el {day}, {time} ({zone}).',
    staff: 'La oficina de admisiones está cerrada ahora. Vuelve a abrir el {day}, {time} ({zone}).',
  },
  closedNoOpening: {
    you: 'La oficina de admisiones está cerrada ahora.',
    they: 'La oficina de admisiones está cerrada ahora.',
    staff: 'La oficina de admisiones está cerrada ahora.',
  },
  meanwhile: {
    you: '¿Quiere hablar con alguien ahora? El 988 y la Línea Nacional de Ayuda de SAMHSA son gratis y contestan 24/7.',
    they: '¿Quiere hablar con alguien ahora? El 988 y la Línea Nacional de Ayuda de SAMHSA son gratis y contestan 24/7, para usted o su ser querido.',
    staff:
      'Mientras tanto, la persona puede llamar o enviar un texto al 988, o llamar a la Línea Nacional de Ayuda de SAMHSA al {phone}. Las dos son gratis y contestan 24/7.',
  },
  callHelpline: 'Llamar a la Línea de Ayuda: {phone}',
  text: {
    prompt: '¿Prefiere enviar un texto?',
    link: 'Enviar un texto a {center} al {phone}',
    hint: {
      you: 'El mensaje lleva solo su código de respuestas.',
      they: 'El mensaje lleva solo su código de respuestas.',
    },
    body: 'Mi código: {code}',
  },
  reminder: {
    open: 'Recordarme llamar',
    intro:
      'Esto guarda un archivo de calendario en este dispositivo. Solo lleva el nombre y el número de {center}.',
    date: 'Fecha',
    time: 'Hora',
    timeHint: 'La fecha y la hora están en su propia zona horaria.',
    save: 'Guardar el recordatorio',
    saved: 'Recordatorio guardado. Abra el archivo para agregarlo a su calendario.',
    missing: 'Escriba una fecha y una hora.',
    past: 'Elija una hora que todavía no haya pasado.',
    title: 'Llamar a {center}',
    description: 'Llame a {center} al {phone}.',
    fileName: 'recordatorio-llamada',
  },
} satisfies CallWords;
