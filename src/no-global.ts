/** Entry of dist/adapter_no_global.js: patches the page on load, defines no global. */
import './index';
