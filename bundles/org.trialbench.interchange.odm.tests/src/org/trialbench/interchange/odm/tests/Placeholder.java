package org.trialbench.interchange.odm.tests;
class Placeholder {}
