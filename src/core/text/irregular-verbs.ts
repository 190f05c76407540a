/**
 * WordNet's irregular verb forms and their base forms ("began" → "begin", "held" → "hold"), as
 * the `wink-lexicon` package (2.2.0, src/wn-verb-exceptions.js) ships them. Vendored so that the
 * answerer does not depend on a 13 MB package through an internal path for one 100 KB table;
 * `irregular-verbs.test.ts` pins its size and a sample. Each line is a base form followed by its
 * irregular forms. Both licences travel with the data:
 *
 * wink-lexicon, MIT License, Copyright (c) 2017-23 GRAYPE Systems Private Limited.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 * and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions: The above copyright notice
 * and this permission notice shall be included in all copies or substantial portions of the
 * Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
 * INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE
 * AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 * DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 *
 * This data is derived from the WordNet project of Princeton University. The
 * Wordnet is copyright by Princeton University. It is sourced from
 * http://wordnet.princeton.edu/; the license text can be accessed at
 * http://wordnet.princeton.edu/wordnet/license/ URL.
 * WordNet License:
 * WordNet Release 3.0 This software and database is being provided to you,
 * the LICENSEE, by Princeton University under the following license.
 * By obtaining, using and/or copying this software and database,
 * you agree that you have read, understood, and will comply with these terms
 * and conditions.:
 * Permission to use, copy, modify and distribute this software and database and
 * its documentation for any purpose and without fee or royalty is hereby
 * granted, provided that you agree to comply with the following copyright
 * notice and statements, including the disclaimer, and that the same appear
 * on ALL copies of the software, database and documentation, including
 * modifications that you make for internal use or for distribution.
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
 * THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 * MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
 * REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY
 * PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
 * DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
 * TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
 * may not be used in advertising or publicity pertaining to distribution of
 * the software and/or database. Title to copyright in this software, database
 * and any associated documentation shall at all times remain with
 * Princeton University and LICENSEE agrees to preserve same.
 */
const TABLE = `
abet abetted abetting
abhor abhorred abhorring
abide abode
abut abutted abutting
aby abought abye
accompany accompanied
acetify acetified
acidify acidified
acquit acquitted acquitting
address addrest
admit admitted admitting
aerify aerified
airdrop airdropped airdropping
alkalify alkalified
allot allotted allotting
ally allied
ammonify ammonified
amnesty amnestied
amplify amplified
anglify anglified
annul annulled annulling
appal appalled appalling
apply applied
arc arcked arcking
argufy argufied
arise arisen arose
atrophy atrophied
aver averred averring
awake awoke awoken
baby babied
backbite backbit backbitten
backslide backslid backslidden
bag bagged bagging
ballyrag ballyragged ballyragging
ban banned banning
bandy bandied
bar barred barring
barrel barrelled barrelling
basify basified
bat batted batting
bayonet bayonetted bayonetting
be am are been is was were
bear bore born borne
beat beaten
beatify beatified
beautify beautified
become became
bed bed bedded bedding
bedevil bedevilled bedevilling
bedim bedimmed bedimming
befall befallen befell
befit befitted befitting
befog befogged befogging
beg begged begging
beget begat begetting begot begotten
begin began beginning begun
begird begirt
behold beheld beholden
bejewel bejewelled bejewelling
belie belying
belly bellied
bename benempt
bend bent
benefit benefitted benefitting
berry berried
beseech besought
beset besetting
bespeak bespoke bespoken
bestir bestirred bestirring
bestrew bestrewn
bestride bestrid bestridden bestrode
bet betted betting
betake betaken betook
bethink bethought
bevel bevelled bevelling
bias biassed biassing
bid bade bidden bidding
bin binned binning
bind bound
bing bing
bit bitted bitting
bite bit bitten
bivouac bivouacked bivouacking
blab blabbed blabbing
blackberry blackberried
blackleg blacklegged blacklegging
blat blatted blatting
bleed bled
bless blest
blip blipped blipping
blob blobbed blobbing
bloody bloodied
blot blotted blotting
blow blew blown
blub blubbed blubbing
blur blurred blurring
bob bobbed bobbing
body bodied
bootleg bootlegged bootlegging
bop bopped bopping
brag bragged bragging
break broke broken
breed bred
brevet brevetted brevetting
brim brimmed brimming
bring brought
browbeat browbeaten
brutify brutified
bud budded budding
bug bugged bugging
build built
bulldog bulldogging
bullshit bullshitted bullshitting
bullwhip bullwhipped bullwhipping
bully bullied
bullyrag bullyragged bullyragging
bum bummed bumming
bur burred burring
burn burnt
bury buried
bushel bushelled bushelling
busy busied
buy bought
bypass bypast
cabal caballed caballing
caddy caddied caddies caddying
calcify calcified
can canned canning could
canal canalled canalling
cancel cancelled cancelling
candy candied
canopy canopied
cap capped capping
carburet carburetted carburetting
carillon carillonned carillonning
carnify carnified
carny carnied
carol carolled carolling
carry carried
casefy casefied
cat catted catting
catch caught
catnap catnapped catnapping
cavil cavilled cavilling
certify certified
channel channelled channelling
chap chapped chapping
char charred charring
chat chatted chatting
chide chid chidden
chin chinned chinning
chip chipped chipping
chisel chiselled chiselling
chitchat chitchatted chitchatting
chiv chivved chivving
chivy chevied chevies chevying chivied chivvied chivvies chivvying
chondrify chondrified
choose chose chosen
chop chopped chopping
chug chugged chugging
chum chummed chumming
citify citified
clad cladded cladding
clam clammed clamming
clap clapped clapping
clarify clarified
classify classified
cleave cleft clove cloven
clem clemmed clemming
clepe clept ycleped yclept
cling clung
clip clipped clipping
clog clogged clogging
clop clopped clopping
clot clotted clotting
clothe clad
club clubbed clubbing
cockneyfy cockneyfied
cod codded codding
codify codified
cog cogged cogging
coif coiffed coiffing
colly collied
combat combatted combatting
come came
commit committed committing
compel compelled compelling
complot complotted complotting
comply complied
con conned conning
concur concurred concurring
confab confabbed confabbing
confer conferred conferring
control controlled controlling
cop copped copping
copy copied
coquet coquetted coquetting
corral corralled corralling
counsel counselled counselling
counterplot counterplotted counterplotting
countersink countersank countersunk
crab crabbed crabbing
cram crammed cramming
crap crapped crapping
creep creeped crept
crib cribbed cribbing
crop cropped cropping
crossbreed crossbred
crosscut crosscutting
crucify crucified
cry cried
cub cubbed cubbing
cudgel cudgelled cudgelling
cup cupped cupping
cupel cupelled cupelling
curet curetted curettes curetting
curry curried
curse curst
curtsy curtsied
curvet curvetted curvetting
cut cutting
dab dabbed dabbing
dag dagged dagging
dally dallied
dam dammed damming
damnify damnified
dandify dandified
dap dapped dapping
deal dealt
debar debarred debarring
debug debugged debugging
debus debussed debusses debussing
decalcify decalcified
declassify declassified
decontrol decontrolled decontrolling
decry decried
defer deferred deferring
defy defied
degas degassed degasses degassing
dehumidify dehumidified
deify deified
demit demitted demitting
demob demobbed demobbing
demulsify demulsified
demur demurred demurring
demystify demystified
den denned denning
denazify denazified
denitrify denitrified
deny denied
descry descried
deter deterred deterring
detoxify detoxified
devil devilled devilling
devitrify devitrified
diagram diagrammed diagramming
dial dialled dialling
dib dibbed dibbing
die dying
dig digging dug
dignify dignified
dim dimmed dimming
din dinned dinning
dip dipped dipping
dirty dirtied
disannul disannulled disannulling
disbar disbarred disbarring
disbud disbudded disbudding
disembody disembodied
disembowel disembowelled disembowelling
disenthral disenthralled disenthralling disenthralls
disenthrall disenthrals
dishevel dishevelled dishevelling
disinter disinterred disinterring
dispel dispelled dispelling
disqualify disqualified
dissatisfy dissatisfied
distil distilled distilling
dive dove
diversify diversified
divvy divvied
dizzy dizzied
do did does doing done
dog dogged dogging
dogleg doglegged doglegging
dolly dollied
don donned donning
dot dotted dotting
dow dought
drab drabbed drabbing
drag dragged dragging
draw drawn drew
dream dreamt
drink drank drunk
drip dripped dripping
drive driven drove
drivel drivelled drivelling
drop dropped dropping
drub drubbed drubbing
drug drugged drugging
drum drummed drumming
dry dried
dub dubbed dubbing
duel duelled duelling
dulcify dulcified
dummy dummied
dun dunned dunning
dwell dwelt
easy easied
eat ate eaten
eavesdrop eavesdropped eavesdropping
eddy eddied
edify edified
electrify electrified
embed embedded embedding
embody embodied
embus embussed embusses embussing
emit emitted emitting
empanel empanelled empanelling
empty emptied
emulsify emulsified
enamel enamelled enamelling
englut englutted englutting
enrol enrolled enrolling
enthral enthralled enthralling
entrammel entrammelled entrammelling
entrap entrapped entrapping
envy envied
enwind enwound
enwrap enwrapped enwrapping
equal equalled equalling
equip equipped equipping
espy espied
esterify esterified
estop estopped estopping
etherify etherified
excel excelled excelling
exemplify exemplified
expel expelled expelling
extol extolled extolling
facet facetted facetting
fag fagged fagging
fall fallen fell
falsify falsified
fan fanned fanning
fancy fancied
fantasy fantasied
fat fatted fatting
featherbed featherbedded featherbedding
feed fed feed
feel felt
ferry ferried
fib fibbed fibbing
fig figged figging
fight fought
fin finned finning
find found
fit fitted fitting
flag flagged flagging
flam flammed flamming
flannel flannelled flannelling
flap flapped flapping
flat flatted flatting
flee fled
flimflam flimflammed flimflamming
fling flung
flip flipped flipping
flit flitted flitting
flog flogged flogging
floodlight floodlit
flop flopped flopping
flub flubbed flubbing
flurry flurried
fly flew flown
flyblow flyblew flyblown
fob fobbed fobbing
fog fogged fogging
footslog footslogged footslogging
forbear forbore forborne
forbid forbad forbade forbidden forbidding
fordo fordid fordone
foredo foredid foredone
forego foregone forewent
foreknow foreknew foreknown
forerun foreran forerunning
foresee foresaw foreseen
foreshow foreshown
forespeak forespoke forespoken
foretell foretold
forget forgetting forgot forgotten
forgive forgave forgiven
forgo forgone forwent
format formatted formatting
forsake forsaken forsook
forspeak forspoke forspoken
forswear forswore forsworn
fortify fortified
foxtrot foxtrotted foxtrotting
frap frapped frapping
freeze froze frozen
frenchify frenchified
frenzy frenzied
fret fretted fretting
frig frigged frigging
frit fritted fritting
frivol frivolled frivolling
frog frogged frogging
frolic frolicked frolicking
fructify fructified
fry fried
fuel fuelled fuelling
fulfil fulfilled fulfilling
fun funned funning
funnel funnelled funnelling
fur furred furring
gad gadded gadding
gag gagged gagging
gainsay gainsaid
gam gammed gamming
gambol gambolled gambolling
gan ganned ganning
gap gapped gapping
gas gassed gasses gassing
gasify gasified
gel gelled gelling
geld gelt
gem gemmed gemming
get getting got gotten
ghostwrite ghostwritten ghostwrote
gib gibbed gibbing
giddy giddied
giftwrap giftwrapped giftwrapping
gig gigged gigging
gild gilt
gin gan ginned ginning
gip gipped gipping
gird girt
give gave given
glom glommed glomming
glorify glorified
glory gloried
glut glutted glutting
gnaw gnawn
go goes going gone went
golly gollied
grab grabbed grabbing
gratify gratified
grave graven
gravel gravelled gravelling
grin grinned grinning
grind ground
grip gripped gripping gript
grit gritted gritting
grovel grovelled grovelling
grow grew grown
grub grubbed grubbing
guaranty guarantied
gully gullied
gum gummed gumming
gun gunned gunning
gyp gypped gypping
hacksaw hacksawn
ham hammed hamming
hamstring hamstrung
handfeed handfed
handicap handicapped handicapping
handsel handselled handselling
hang hung
harry harried
hat hatted hatting
hatchel hatchelled hatchelling
have had has
hear heard
heave hove
hedgehop hedgehopped hedgehopping
hem hemmed hemming
hew hewn
hiccup hiccupped hiccupping
hide hid hidden
hinny hinnied
hit hitting
hob hobbed hobbing
hobnob hobnobbed hobnobbing
hocus hocussed hocussing
hog hogged hogging
hogtie hogtying
hold held
honey honied
hop hopped hopping
horrify horrified
horsewhip horsewhipped horsewhipping
housel houselled houselling
hovel hovelled hovelling
hug hugged hugging
hum hummed humming
humbug humbugged humbugging
humidify humidified
hurry hurried
hypertrophy hypertrophied
identify identified
imbed imbedded imbedding
impanel impanelled impanelling
impel impelled impelling
imply implied
inbreed inbred
incur incurred incurring
indemnify indemnified
indwell indwelt
infer inferred inferring
initial initialled initialling
inlay inlaid
inset insetting
inspan inspanned inspanning
install installed installing
intensify intensified
inter interred interring
interbreed interbred
intercrop intercropped intercropping
intercut intercutting
interlap interlapped interlapping
interlay interlaid
intermarry intermarried
intermit intermitted intermitting
interplead interpled
interstratify interstratified
interweave interwove interwoven
intromit intromitted intromitting
inweave inwove inwoven
inwrap inwrapped inwrapping
jab jabbed jabbing
jag jagged jagging
jam jammed jamming
japan japanned japanning
jar jarred jarring
jellify jellified
jelly jellied
jemmy jemmied
jet jetted jetting
jewel jewelled jewelling
jib jibbed jibbing
jig jigged jigging
jimmy jimmied
jitterbug jitterbugged jitterbugging
job jobbed jobbing
jog jogged jogging
jollify jollified
jolly jollied
jot jotted jotting
joypop joypopped joypopping
jug jugged jugging
justify justified
jut jutted jutting
keep kept
ken kenned kenning kent
kennel kennelled kennelling
kernel kernelled kernelling
kid kidded kidding
kidnap kidnapped kidnapping
kip kipped kipping
knap knapped knapping
kneecap kneecapped kneecapping
kneel knelt
knit knitted knitting
knob knobbed knobbing
knot knotted knotting
know knew known
label labelled labelling
lade laden
ladify ladyfied ladyfies ladyfying
lag lagged lagging
lallygag lallygagged lallygagging
lam lammed lamming
lap lapped lapping
lapidify lapidified
laurel laurelled laurelling
lay laid
lead led
lean leant
leap leapt
leapfrog leapfrogged leapfrogging
learn learnt
leave left
lend lent
let letting
level levelled levelling
levy levied
libel libelled libelling
lie lain lay lying
light lit
lignify lignified
lip lipped lipping
liquefy liquefied
liquify liquified
lob lobbed lobbing
lobby lobbied
log logged logging
lop lopped lopping
lose lost
lot lotted lotting
lug lugged lugging
lullaby lullabied
mad madded madding
magnify magnified
make made
man manned manning
manumit manumitted manumitting
map mapped mapping
mar marred marring
marcel marcelled marcelling
marry married
marshal marshalled marshalling
marvel marvelled marvelling
mat matted matting
may might
mean meant
medal medalled medalling
meet met
melt molten
metal metalled metalling
metrify metrified
mimic mimicked mimicking
minify minified
misapply misapplied
misbecome misbecame
miscarry miscarried
misdeal misdealt
misfit misfitted misfitting
misgive misgave misgiven
mishit mishitting
mislay mislaid
mislead misled
misplead mispled
misspell misspelt
misspend misspent
mistake mistaken mistook
misunderstand misunderstood
mob mobbed mobbing
model modelled modelling
modify modified
mollify mollified
mop mopped mopping
mortify mortified
mow mown
mud mudded mudding
muddy muddied
mug mugged mugging
multiply multiplied
mum mummed mumming
mummify mummified
mutiny mutinied
mystify mystified
nab nabbed nabbing
nag nagged nagging
nap napped napping
net netted netting
nib nibbed nibbing
nickel nickelled nickelling
nidify nidified
nigrify nigrified
nip nipped nipping
nitrify nitrified
nod nodded nodding
nonplus nonplussed nonplusses nonplussing
notify notified
nullify nullified
nut nutted nutting
objectify objectified
occupy occupied
occur occurred occurring
offset offsetting
omit omitted omitting
ossify ossified
outbid outbidden outbidding
outbreed outbred
outcrop outcropped outcropping
outcry outcried
outdo outdid outdone
outdraw outdrawn outdrew
outfight outfought
outfit outfitted outfitting
outgas outgassed outgasses outgassing
outgeneral outgeneralled outgeneralling
outgo outgone outwent
outgrow outgrew outgrown
outlay outlaid
outman outmanned outmanning
output outputted outputting
outride outridden outrode
outrun outran outrunning
outsell outsold
outshine outshone
outshoot outshot
outspan outspanned outspanning
outstand outstood
outstrip outstripped outstripping
outthink outthought
outwear outwore outworn
outwit outwitted outwitting
overbear overbore overborne
overbid overbidden overbidding
overblow overblew overblown
overbuild overbuilt
overcome overcame
overcrop overcropped overcropping
overdo overdid overdone
overdraw overdrawn overdrew
overdrive overdriven overdrove
overflow overflown
overfly overflew
overgrow overgrew overgrown
overhang overhung
overhear overheard
overlap overlapped overlapping
overlay overlaid
overlie overlain overlay overlying
overman overmanned overmanning
overpass overpast
overpay overpaid
override overridden overrode
overrun overran overrunning
oversee oversaw overseen
oversell oversold
overset oversetting
oversew oversewn
overshoot overshot
oversimplify oversimplified
oversleep overslept
overspend overspent
overspill overspilt
overstep overstepped overstepping
overtake overtaken overtook
overthrow overthrew overthrown
overtop overtopped overtopping
overwind overwound
overwrite overwritten overwrote
pacify pacified
pad padded padding
pal palled palling
palsy palsied
pan panned panning
pandy pandied
panel panelled panelling
panic panicked panicking
parallel parallelled parallelling
parcel parcelled parcelling
parody parodied
parry parried
partake partaken partook
pasquinade pasquil pasquilled pasquilling pasquils
pat patted patting
patrol patrolled patrolling
pay paid
pedal pedalled pedalling
peg pegged pegging
pen penned penning pent
pencil pencilled pencilling
pep pepped pepping
permit permitted permitting
personify personified
pet petted petting
petrify petrified
pettifog pettifogged pettifogging
phantasy phantasied
photocopy photocopied
photomap photomapped photomapping
photoset photosetting
physic physicked physicking
picnic picnicked picnicking
pig pigged pigging
pillory pilloried
pin pinned pinning
pip pipped pipping
pistol pistolled pistolling
pit pitted pitting
pitapat pitapatted pitapatting
pity pitied
plan planned planning
plat platted platting
plead pled
plod plodded plodding
plop plopped plopping
plot plotted plotting
plug plugged plugging
ply plied
pod podded podding
pommel pommelled pommelling
pop popped popping
popes popes
pot potted potting
preachify preachified
precancel precancelled precancelling
prefer preferred preferring
preoccupy preoccupied
prepay prepaid
presignify presignified
pretermit pretermitted pretermitting
prettify prettified
pretty prettied
prig prigged prigging
prim primmed primming
prod prodded prodding
program programmed programmes programming
prologue prologed prologing prologs
prop propped propping
propel propelled propelling
prophesy prophesied
prove proven
pry pried
pub pubbed pubbing
pug pugged pugging
pummel pummelled pummelling
pun punned punning
pup pupped pupping
purify purified
put putting
putrefy putrefied
putty puttied
qualify qualified
quantify quantified
quarrel quarrelled quarrelling
quarry quarried
quartersaw quartersawn
query queried
quickstep quickstepped quickstepping
quip quipped quipping
quit quitted quitting
quiz quizzed quizzes quizzing
rag ragged ragging
rally rallied
ram rammed ramming
ramify ramified
rap rapped rapping
rappel rappelled rappelling
rarefy rarefied
rat ratted ratting
ratify ratified
ravel ravelled ravelling
reave reft
rebel rebelled rebelling
rebuild rebuilt
rebut rebutted rebutting
recap recapped recapping
reclassify reclassified
recommit recommitted recommitting
recopy recopied
rectify rectified
recur recurred recurring
red red redded redding
redo redid redone
reeve rove
refer referred referring
refit refitted refitting
refuel refuelled refuelling
regret regretted regretting
rehear reheard
reify reified
rely relied
remake remade
remarry remarried
remit remitted remitting
rend rent
repay repaid
repel repelled repelling
replevy replevied
reply replied
repot repotted repotting
rerun reran rerunning
reset resetting
resew resewn
resit resat resitting
ret retted retting
retake retaken retook
retell retold
rethink rethought
retransmit retransmitted retransmitting
retrofit retrofitted retrofitting
retry retried
reunify reunified
rev revved revving
revel revelled revelling
revet revetted revetting
revivify revivified
rewind rewound
rewrite rewritten rewrote
rib ribbed ribbing
ricochet ricochetted ricochetting
rid ridded ridding
ride ridden rode
rig rigged rigging
rigidify rigidified
rim rimmed rimming
ring rang rung
rip ripped ripping
rise risen rose
rival rivalled rivalling
rive riven
rob robbed robbing
rot rotted rotting
rowel rowelled rowelling
rub rubbed rubbing
run ran running
rut rutted rutting
saccharify saccharified
sag sagged sagging
salary salaried
salify salified
sally sallied
sanctify sanctified
sandbag sandbagged sandbagging
sap sapped sapping
saponify saponified
satisfy satisfied
savvy savvied
saw sawn
say said
scag scagged scagging
scan scanned scanning
scar scarred scarring
scarify scarified
scat scatted scatting
scorify scorified
scrag scragged scragging
scram scrammed scramming
scrap scrapped scrapping
scrub scrubbed scrubbing
scrum scrummed scrumming
scry scried
scud scudded scudding
scum scummed scumming
scurry scurried
see saw seen
seed seed
seek sought
sell sold
send sent
set setting
sew sewn
shag shagged shagging
shake shaken shook
sham shammed shamming
sharecrop sharecropped sharecropping
shave shaven
shear shorn
shed shed shedding
shellac shellacked shellacking
shend shent
shew shewn
shikar shikarred shikarring
shillyshally shillyshallied
shim shimmed shimming
shimmy shimmied
shin shinned shinning
shine shone
ship shipped shipping
shit shat shitted shitting
shoe shod
shoot shot
shop shopped shopping
shot shotted shotting
shotgun shotgunned shotgunning
shovel shovelled shovelling
show shown
shred shredded shredding
shrink shrank shrunk shrunken
shrive shriven shrove
shrivel shrivelled shrivelling
shrug shrugged shrugging
shun shunned shunning
shut shutting
shy shied
sic sicked sicking
sideslip sideslipped sideslipping
sidestep sidestepped sidestepping
sightsee sightsaw sightseen
signal signalled signalling
signify signified
silicify silicified
simplify simplified
sin sinned sinning
sing sang singing sung
sink sank sunk sunken
sip sipped sipping
sit sat sitting
skelly skellied
sken skenned skenning
sket sketted sketting
skid skidded skidding
skim skimmed skimming
skin skinned skinning
skip skipped skipping
skivvy skivvied
skydive skydove
slab slabbed slabbing
slag slagged slagging
slam slammed slamming
slap slapped slapping
slat slatted slatting
slay slain slew
sled sledding
sleep slept
slide slid slidden
sling slung
slink slunk
slip slipped slipping
slit slitting
slog slogged slogging
slop slopped slopping
slot slotted slotting
slug slugged slugging
slum slummed slumming
slur slurred slurring
smell smelt
smite smit smitten smote
smut smutted smutting
snag snagged snagging
snap snapped snapping
sneak snuck
sned snedded snedding
snip snipped snipping
snivel snivelled snivelling
snog snogged snogging
snub snubbed snubbing
snug snugged snugging
sob sobbed sobbing
sod sodded sodding
solemnify solemnified
solidify solidified
soothsay soothsaid
sop sopped sopping
sow sown
spag spagged spagging
span spanned spanning
spancel spancelled spancelling
spar sparred sparring
spat spatted spatting
speak spoke spoken
specify specified
speechify speechified
speed sped
spell spelt
spellbind spellbound
spend spent
spill spilt
spin spinning spun
spiral spiralled spiralling
spit spat spitted spitting
split splitting
spoil spoilt
spot spotted spotting
spotlight spotlit
sprig sprigged sprigging
spring sprang sprung
spud spudded spudding
spur spurred spurring
spy spied
squat squatted squatting
squeegee squilgee
squib squibbed squibbing
squid squidded squidding
stab stabbed stabbing
stand stood
star starred starring
stave stove
steady steadied
steal stole stolen
stellify stellified
stem stemmed stemming
stencil stencilled stencilling
step stepped stepping
stet stetted stetting
stick stuck
stiletto stilettoeing
sting stung
stink stank stunk
stir stirred stirring
stop stopped stopping
story storied
stot stotted stotting
strap strapped strapping
stratify stratified
strew strewn
stride stridden strode
strike stricken struck
string strung
strip stripped stripping
strive striven strove
strop stropped stropping
strow strown
strum strummed strumming
strut strutted strutting
stub stubbed stubbing
stud studded studding
study studied
stultify stultified
stum stummed stumming
stun stunned stunning
stupefy stupefied
sty stied
stymie stymying
sub subbed subbing
subjectify subjectified
sublet subletting
submit submitted submitting
subtotal subtotalled subtotalling
sully sullied
sulphuret sulphuretted sulphuretting
sum summed summing
sun sunned sunning
sup supped supping
supply supplied
swab swabbed swabbing
swag swagged swagging
swap swapped swapping swopped swopping swops
swat swatted swatting
swear swore sworn
sweep swept
swell swollen
swig swigged swigging
swim swam swimming swum
swing swung
swivel swivelled swivelling
swot swotted swotting
syllabify syllabified
symbol symbolled symbolling
tab tabbed tabbing
tag tagged tagging
take taken took
talc talcked talcking
tally tallied
tammy tammied
tan tanned tanning
tap tapped tapping
tar tarred tarring
tarry tarried
tassel tasselled tasselling
tat tatted tatting
taxi taxying
taxis taxis
teach taught
tear tore torn
teasel teaselled teaselling
ted tedded tedding
tell told
tepefy tepefied
terrify terrified
testes testes
testify testified
thin thinned thinning
think thought
thrive thriven throve
throb throbbed throbbing
throw threw thrown
thrum thrummed thrumming
thud thudded thudding
tidy tidied
tie tying
tin tinned tinning
tinsel tinselled tinselling
tip tipped tipping
tittup tittupped tittupping
toady toadied
tog togged togging
top topped topping
torrefy torrefied torrify
tot totted totting
total totalled totalling
towel towelled towelling
traffic trafficked trafficking
tram trammed tramming
trammel trameled trameling tramelled tramelling tramels
transfer transferred transferring
transfix transfixt
tranship transhipped transhipping
transmit transmitted transmitting
transmogrify transmogrified
transship tranship transshipped transshipping
trap trapped trapping
trapan trapanned trapanning
travel travelled travelling
travesty travestied
tread trod trodden
trek trekked trekking
trepan trepanned trepanning
trig trigged trigging
trim trimmed trimming
trip tripped tripping
trog trogged trogging
trot trotted trotting
trowel trowelled trowelling
try tried
tug tugged tugging
tumefy tumefied
tun tunned tunning
tunnel tunnelled tunnelling
tup tupped tupping
twig twigged twigging
twin twinned twinning
twit twitted twitting
typeset typesetting
typewrite typewritten typewrote
typify typified
uglify uglified
unbar unbarred unbarring
unbend unbent
unbind unbound
uncap uncapped uncapping
unclog unclogged unclogging
unclothe unclad
underbid underbidding
underbuy underbought
undercut undercutting
underfeed underfed
undergird undergirt
undergo undergone underwent
underlay underlaid
underlet underletting
underlie underlain underlay underlying
underpay underpaid
underpin underpinned underpinning
underprop underpropped underpropping
undersell undersold
underset undersetting
undershoot undershot
understand understood
understudy understudied
undertake undertaken undertook
underwrite underwritten underwrote
undo undid undone
unfit unfitted unfitting
unfreeze unfroze unfrozen
unify unified
unkennel unkennelled unkennelling
unknit unknitted unknitting
unlay unlaid
unlearn unlearnt
unmake unmade
unman unmanned unmanning
unpeg unpegged unpegging
unpin unpinned unpinning
unplug unplugged unplugging
unravel unravelled unravelling
unreeve unrove
unrig unrigged unrigging
unrip unripped unripping
unsay unsaid
unship unshipped unshipping
unsling unslung
unsnap unsnapped unsnapping
unspeak unspoke unspoken
unsteady unsteadied
unstep unstepped unstepping
unstick unstuck
unstop unstopped unstopping
unstring unstrung
unswear unswore unsworn
unteach untaught
unthink unthought
untidy untidied
untie untying
untread untrod untrodden
unwind unwound
unwrap unwrapped unwrapping
unzip unzipped unzipping
up upped upping
upbuild upbuilt
upheave uphove
uphold upheld
uppercut uppercutting
uprise uprisen uprose
upset upsetting
upspring upsprang upsprung
upsweep upswept
upswell upswollen
upswing upswung
vag vagged vagging
vary varied
vat vatted vatting
verbify verbified
verify verified
versify versified
vet vetted vetting
victual victualled victualling
vie vying
vilify vilified
vitrify vitrified
vitriol vitriolled vitriolling
vivify vivified
wad wadded wadding
waddy waddied
wadset wadsetted wadsetting
wag wagged wagging
wake woke woken
wan wanned wanning
war warred warring
waylay waylaid
wear wore worn
weary wearied
weatherstrip weatherstripped weatherstripping
weave wove woven
web webbed webbing
wed wedded wedding
weed weed
weep wept
wet wetted wetting
wham whammed whamming
whap whapped whapping
whet whetted whetting
whinny whinnied
whip whipped whipping
whipsaw whipsawn
whir whirred whirring
whiz whizzed whizzes whizzing
whop whopped whopping
wig wigged wigging
wigwag wigwagged wigwagging
wildcat wildcatted wildcatting
will would
win winning won
wind wound
winterfeed winterfed
wiredraw wiredrawn wiredrew
withdraw withdrawn withdrew
withhold withheld
withstand withstood
won wonned wonning
work wrought
worry worried
worship worshipped worshipping
wrap wrapped wrapping
wring wrung
write written wrote
wry wried
yak yakked yakking
yap yapped yapping
yen yenned yenning
yodel yodelled yodelling
zap zapped zapping
zigzag zigzagged zigzagging
zip zipped zipping
`;

/** Irregular verb form → base form; a Map, so no inherited key ("constructor") ever matches. */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const [base = '', ...forms] = line.split(' ');
      return forms.map((form): [string, string] => [form, base]);
    }),
);
