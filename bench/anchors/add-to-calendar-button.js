// add-to-calendar-button: the web component, as its docs load it.
import 'add-to-calendar-button';
