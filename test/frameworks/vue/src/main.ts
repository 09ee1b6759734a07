import { createApp } from 'vue';
import type {} from 'baltic-widgets/vue'; // the tags' types for vue-tsc (strictTemplates)
import App from './App.vue';
import { feed } from './feed';

createApp(App, { feed }).mount('#app');
