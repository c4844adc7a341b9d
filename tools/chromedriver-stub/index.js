exports.path = '/usr/bin/chromedriver';
