
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`Сервер источника данных ответил ошибкой (${0}).`,
'error.invalid': `Данные не в ожидаемом формате.`,
'error.missing': `Для этого виджета не указан источник данных.`,
'error.network': `Не удалось связаться с источником данных. Проверьте подключение и повторите попытку.`,
'error.not-json': `Источник данных не является документом JSON.`,
'error.timeout': `Источник данных не ответил вовремя.`,
'org-card.address-link': str`${0} (на карте)`,
'org-card.aims-title': `Наши цели`,
'org-card.contact-title': `Контакты`,
'org-card.empty': `В источнике данных нет информации об организации.`,
'org-card.error-title': `Не удалось загрузить информацию об организации.`,
'org-card.figures-title': `В цифрах`,
'org-card.founded': `Основана`,
'org-card.members': `Членов`,
'org-card.network': `Человек в нашей сети`,
'org-card.participants': `Участвуют регулярно`,
'org-card.read-more': str`Подробнее: ${0}`,
'org-card.social-link': str`${0} в ${1}`,
'org-card.social-title': `Мы в соцсетях`,
'state.error-title': `Не удалось загрузить информацию.`,
'state.loading': `Загрузка…`,
'state.retry': `Повторить`,
'state.stale-failed': str`Показаны данные, сохранённые ${0}.`,
'state.stale-loading': str`Показаны данные, сохранённые ${0}, пока идёт обновление.`,
'error.chunk': `A part of the widget could not be loaded. Reload the page to try again.`,
'org-card.website': `Website`,
    };
  